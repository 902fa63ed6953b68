import Foundation

extension UUID {
    /// Core ids are UUID strings made by the store; an unparsable one matches nothing.
    init(coreID: String) {
        self = UUIDText.parse(coreID) ?? UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
    }

    /// The id as Core values carry it: `uuidString`'s text.
    var coreID: String { UUIDText.format(self) }
}
