import StripeCodegen
/// Stripe's OpenAPI document, read for the parts `gen drift` compares: the API version, the
/// schemas under `components/schemas` and the operations under `paths`. Problems with the
/// document are `Diagnostic`s naming the file and, for syntax errors, the line and column, or
/// else the JSON pointer of the value that is not shaped as OpenAPI says.
struct OpenAPIDocument {
    /// The largest document read: Stripe's full `spec3.json` is about 8 MB.
    static let maxBytes = 128 << 20

    /// The file as named in messages.
    let display: String
    /// `info.version`, Stripe's API version, e.g. `2026-09-30.endive`.
    let version: String
    let schemas: [String: JSONNode]
    let paths: [String: JSONNode]

    /// Reads and parses the document at `path`.
    static func load(path: String, display: String) throws -> OpenAPIDocument {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path, display: display, maxBytes: maxBytes)
        } catch {
            throw DiagnosticsError([error.diagnostic])
        }
        return try OpenAPIDocument(bytes: bytes, display: display)
    }

    /// Parses the bytes of a document read from `display`.
    init(bytes: [UInt8], display: String) throws {
        self.display = display
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let location = bytes.withUnsafeBufferPointer {
                TextPosition.location(ofByte: error.offset, in: $0, file: display)
            }
            throw DiagnosticsError([Diagnostic("invalid JSON: \(error.message)", at: location)])
        }
        let reader = OpenAPIReader(display: display)
        let members = try reader.object(root, at: "")
        guard members["openapi"] != nil || members["paths"] != nil else {
            throw reader.error(
                "this is not an OpenAPI document: it has neither 'openapi' nor 'paths'", at: "")
        }
        let info = try reader.object(reader.member("info", of: members, at: ""), at: "/info")
        version = try reader.string(
            reader.member("version", of: info, at: "/info"), at: "/info/version")
        paths = try reader.object(reader.member("paths", of: members, at: ""), at: "/paths")
        let components =
            try members["components"].map { try reader.object($0, at: "/components") } ?? [:]
        schemas =
            try components["schemas"].map { try reader.object($0, at: "/components/schemas") }
            ?? [:]
    }

    var reader: OpenAPIReader { OpenAPIReader(display: display) }
}

/// Typed access to the members of a JSON document, each failure a diagnostic naming the file
/// and the JSON pointer of the value.
struct OpenAPIReader {
    let display: String

    func error(_ message: String, at pointer: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic("\(display): at #\(pointer): \(message)", at: nil)])
    }

    func object(_ node: JSONNode, at pointer: String) throws -> [String: JSONNode] {
        guard let members = node.object else {
            throw error("expected an object, found \(node.kindDescription)", at: pointer)
        }
        return members
    }

    func array(_ node: JSONNode, at pointer: String) throws -> [JSONNode] {
        guard let items = node.array else {
            throw error("expected an array, found \(node.kindDescription)", at: pointer)
        }
        return items
    }

    func string(_ node: JSONNode, at pointer: String) throws -> String {
        guard let text = node.string else {
            throw error("expected a string, found \(node.kindDescription)", at: pointer)
        }
        return text
    }

    func member(_ name: String, of members: [String: JSONNode], at pointer: String) throws
        -> JSONNode
    {
        guard let value = members[name] else { throw error("'\(name)' is missing", at: pointer) }
        return value
    }

    /// An optional member of the given kind: `nil` when absent, an error when of another kind.
    func optionalString(_ name: String, of members: [String: JSONNode], at pointer: String) throws
        -> String?
    {
        guard let value = members[name] else { return nil }
        return try string(value, at: pointer + "/" + Self.escape(name))
    }

    func optionalBool(_ name: String, of members: [String: JSONNode], at pointer: String) throws
        -> Bool
    {
        guard let value = members[name] else { return false }
        guard let flag = value.bool else {
            throw error(
                "expected true or false, found \(value.kindDescription)",
                at: pointer + "/" + Self.escape(name))
        }
        return flag
    }

    func optionalInt(_ name: String, of members: [String: JSONNode], at pointer: String) throws
        -> Int?
    {
        guard let value = members[name] else { return nil }
        guard let number = value.int else {
            throw error(
                "expected an integer, found \(value.kindDescription)",
                at: pointer + "/" + Self.escape(name))
        }
        return number
    }

    /// `name` as one token of a JSON pointer (RFC 6901): `/v1/x` becomes `~1v1~1x`.
    static func escape(_ name: String) -> String {
        name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
