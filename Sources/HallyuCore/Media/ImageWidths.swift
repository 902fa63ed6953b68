/// The widths an image is resized to, for `srcset`: each rung of the ladder the original is at
/// least as wide as, and the original's own width when it falls well between rungs or under the
/// first (a 64-pixel badge gets one copy, at 64).
///
/// The rungs follow phones, where most readers are: a story's column on a 360–430-pixel screen is
/// 328–398 CSS pixels, so 640 and 828 serve 2× screens and 1080 and 1280 serve 3× ones (a
/// 390-pixel phone at 3× needs 1,074: the 1080 copy weighs about 30% less than a 1280 would,
/// which on slow 4G is the difference between a story's picture painting in two seconds or
/// three). 320 serves cards, 1920 a desktop's full-width hero.
public enum ImageWidths {
    public static let ladder = [320, 640, 828, 1080, 1280, 1920]

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
