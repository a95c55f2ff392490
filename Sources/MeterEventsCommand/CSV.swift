/// One line of RFC 4180 CSV: fields separated by commas, a field in double quotes may hold
/// commas, and `""` inside quotes is a quote. Events are one line each, so quoted fields hold no
/// line breaks.
enum CSV {
    static func fields(of line: Substring) throws(EventLineError) -> [String] {
        var fields: [String] = []
        var field = ""
        var isQuoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            switch character {
            case "\"" where isQuoted:
                if index < line.endIndex, line[index] == "\"" {
                    field.append("\"")
                    index = line.index(after: index)
                } else {
                    isQuoted = false
                }
            case "\"" where field.isEmpty:
                isQuoted = true
            case "," where !isQuoted:
                fields.append(field)
                field = ""
            case "\r" where !isQuoted && index == line.endIndex:
                break
            default:
                field.append(character)
            }
        }
        guard !isQuoted else { throw EventLineError("a quoted field is not closed") }
        fields.append(field)
        return fields
    }
}
