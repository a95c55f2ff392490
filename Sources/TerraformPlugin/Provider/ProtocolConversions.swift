import Foundation
import TerraformSchemas
import SwiftProtobuf
import TerraformPluginProtocol

extension Tfplugin6_Diagnostic {
    init(_ diagnostic: TerraformDiagnostic) {
        self.init()
        severity =
            switch diagnostic.severity {
            case .error: .error
            case .warning: .warning
            }
        summary = diagnostic.summary
        detail = diagnostic.detail
        if let path = diagnostic.attribute {
            attribute = Tfplugin6_AttributePath(path)
        }
    }
}

extension Tfplugin6_AttributePath {
    init(_ path: TerraformAttributePath) {
        self.init()
        steps = path.steps.map { step in
            var protoStep = Tfplugin6_AttributePath.Step()
            switch step {
            case .attribute(let name): protoStep.attributeName = name
            case .index(let index): protoStep.elementKeyInt = Int64(index)
            case .key(let key): protoStep.elementKeyString = key
            }
            return protoStep
        }
    }
}

extension Tfplugin6_DynamicValue {
    /// `value` as `type`, in MessagePack.
    init(_ value: TerraformValue, type: TerraformType) throws {
        self.init()
        msgpack = Data(try value.messagePack(type: type))
    }

    /// The value this holds as `type`: MessagePack, JSON when that is what was sent, or null
    /// when nothing was.
    func value(type: TerraformType) throws -> TerraformValue {
        switch (msgpack.isEmpty, json.isEmpty) {
        case (true, true): .null
        case (true, false): try TerraformValue(json: json, type: type)
        case (false, _): try TerraformValue(messagePack: Array(msgpack), type: type)
        }
    }
}
