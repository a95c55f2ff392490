/// Line and column of a byte offset, and where a text stops being valid UTF-8.
package enum TextPosition {
    /// The line and column (in Unicode scalars, both from 1) of the byte at `offset`.
    package static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String)
        -> SourceLocation
    {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Continuation bytes (10xxxxxx) do not start a scalar.
        let column = bytes[lineStart..<end].count { $0 & 0xC0 != 0x80 } + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The first byte of `bytes` that is not valid UTF-8, with its place, or `nil`.
    static func invalidUTF8(in bytes: [UInt8], file: String) -> Diagnostic? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .emptyInput:
                return nil
            case .error:
                let place = bytes.withUnsafeBufferPointer {
                    location(ofByte: offset, in: $0, file: file)
                }
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                return Diagnostic(
                    "the byte 0x\(byte) is not valid UTF-8; spec files are UTF-8 text", at: place)
            }
        }
    }
}
