/// Many short lists kept as one array of elements and where each list begins. An array of
/// arrays costs an object per list (about fifty bytes before its first element); for the name
/// index's 400,000 keys at 100,000 articles those objects were most of its memory.
struct FlatLists<Element: Sendable>: Sendable {
    private let elements: [Element]
    /// List `i` is `elements[starts[i]..<starts[i + 1]]`.
    private let starts: [Int32]

    /// The lists, copied into exactly the room they need.
    init(_ lists: [[Element]]) {
        var elements: [Element] = []
        elements.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        for list in lists {
            elements.append(contentsOf: list)
            starts.append(Int32(elements.count))
        }
        self.elements = elements
        self.starts = starts
    }

    var count: Int { starts.count - 1 }

    subscript(list: Int) -> ArraySlice<Element> {
        elements[Int(starts[list])..<Int(starts[list + 1])]
    }
}
