/// Some of the model's objects, kept as their positions in its array, so that thousands of jobs
/// over them share the model's objects instead of each holding a copy.
struct ObjectSelection: RandomAccessCollection, Sendable {
    private let objects: [ObjectModel]
    private let positions: [Int]

    /// The objects of `objects` for which `isIncluded` holds, in their order.
    init(_ objects: [ObjectModel], where isIncluded: (ObjectModel) -> Bool) {
        self.objects = objects
        positions = objects.indices.filter { isIncluded(objects[$0]) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(position: Int) -> ObjectModel { objects[positions[position]] }
}

/// The objects managed as Terraform resources, each with its Terraform rules.
package struct TerraformResourceSelection: RandomAccessCollection, Sendable {
    private let objects: ObjectSelection

    init(_ objects: [ObjectModel]) {
        self.objects = ObjectSelection(objects) { $0.terraform != nil }
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { objects.count }
    package subscript(position: Int) -> (object: ObjectModel, terraform: TerraformModel) {
        let object = objects[position]
        // Selected because they have Terraform rules.
        return (object, object.terraform!)
    }
}

extension SpecModel {
    /// The objects managed as Terraform resources, with their Terraform rules.
    package var terraformResources: TerraformResourceSelection { TerraformResourceSelection(objects) }

    /// The objects that have operations, and so a service.
    var servedObjects: ObjectSelection { ObjectSelection(objects) { !$0.operations.isEmpty } }
}
