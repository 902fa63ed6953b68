import Foundation

/// A list item's marker and the indentation its content needs.
struct ListMarker: Equatable {
    /// The bullet character, or 0 for ordered items.
    var bullet: UInt8 = 0
    /// `.` or `)` for ordered items, 0 for bullets.
    var delimiter: UInt8 = 0
    var start = 1
    /// Columns from the marker's start to its content.
    var padding = 0
    /// Columns of indentation before the marker.
    var markerOffset = 0

    var isOrdered: Bool { delimiter != 0 }

    /// Items belong to the same list only when their markers are of the same kind.
    func continuesList(of other: ListMarker) -> Bool {
        bullet == other.bullet && delimiter == other.delimiter
    }
}
