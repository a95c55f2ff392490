/// A value read from a spec file, with the place it was read from.
package struct Located<Value> {
    package var value: Value
    var location: SourceLocation
}

extension Located: Sendable where Value: Sendable {}
