import Testing

@testable import StripeCodegen

/// A scalar's meaning as YAML 1.1 gives it, the rules Yams applies.
struct YAMLScalarTests {
    private func plain(_ text: String) -> YAMLScalar {
        YAMLScalar(text: text, isPlain: true, tag: nil)
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("+42", 42), ("-42", -42), ("1_000", 1000), ("0x1F", 31), ("-0x1F", -31),
        ("0o17", 15), ("017", 15), ("0b101", 5), ("1:30", 90), ("-1:30:05", -5405),
    ])
    func integersInEveryNotation(text: String, value: Int) {
        #expect(plain(text).int == value)
    }

    @Test(arguments: ["", "1.5", "09", "0x", "+-5", "--5", "0x-1", "1:", "ten", "9223372036854775808"])
    func textThatIsNoInteger(text: String) {
        #expect(plain(text).int == nil)
    }

    @Test func quotedNumbersAreText() {
        #expect(YAMLScalar(text: "42", isPlain: false, tag: nil).int == nil)
    }

    @Test func booleansUnlessTaggedAsText() {
        #expect(plain("Yes").bool == true)
        #expect(plain("off").bool == false)
        #expect(YAMLScalar(text: "true", isPlain: true, tag: "tag:yaml.org,2002:str").bool == nil)
        #expect(YAMLScalar(text: "true", isPlain: false, tag: nil).bool == nil)
    }
}
