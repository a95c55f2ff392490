/// The parameters of a list operation, which pages through its results with cursors.
public protocol PaginationParams: Hashable, Sendable {
    /// The id of the object after which the page starts.
    var startingAfter: String? { get set }
    /// The id of the object before which the page ends.
    var endingBefore: String? { get set }
}
