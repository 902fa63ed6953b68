/// The widths an image is resized to, for `srcset`: each rung of the ladder the original is at
/// least as wide as, and the original's own width when it falls well between rungs or under the
/// first (a 64-pixel badge gets one copy, at 64).
public enum ImageWidths {
    public static let ladder = [320, 640, 960, 1280, 1920]

    public static func widths(forOriginalWidth width: Int) -> [Int] {
        guard width > 0 else { return [] }
        var widths = ladder.filter { $0 <= width }
        // A width within a tenth of the rung below it would be a copy hardly smaller than the next.
        if width < ladder[ladder.count - 1], widths.last.map({ Double(width) > Double($0) * 1.1 }) ?? true {
            widths.append(width)
        }
        return widths
    }
}
