import Testing

@testable import MeterEventsCommand

/// The JSON reader of `meter-events` lines reads what RFC 8259 allows, and nothing else.
struct EventJSONReaderTests {
    @Test func readsEveryKindOfValueAndEscape() {
        let line = #"{"a": "q\"b\\s\/n\nu\u00e9\ud83d\ude00", "b": -1.5e3, "c": [0, true, false, null], "d": {}}"#
        #expect(
            EventJSONReader.value(of: line[...]) == .object([
                "a": .text("q\"b\\s/n\nué😀"),
                "b": .number(-1500, text: "-1.5e3"),
                "c": .list([.number(0, text: "0"), .bool(true), .bool(false), .null]),
                "d": .object([:]),
            ]))
        #expect(EventJSONReader.value(of: "  25 "[...]) == .number(25, text: "25"))
    }

    @Test(arguments: [
        #"{"a": 1,}"#, #"{"a" 1}"#, #"{"a": tru}"#, #"{} x"#, "01", "1.", "-", #""\ud83d""#, "\"a\u{01}b\"", "[1 2]",
        #""\x""#, String(repeating: "[", count: 100) + String(repeating: "]", count: 100), "",
    ])
    func refusesWhatIsNotJSON(line: String) {
        #expect(EventJSONReader.value(of: line[...]) == nil)
    }
}
