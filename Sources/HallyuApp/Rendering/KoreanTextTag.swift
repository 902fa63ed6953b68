import HallyuCore
import LeafKit

/// `#ko(text)`: prints text escaped, with Hangul runs marked `lang="ko"`. For element content
/// only; attributes keep using `#(…)`.
struct KoreanTextTag: UnsafeUnescapedLeafTag {
    func render(_ context: LeafContext) throws -> LeafData {
        guard let text = context.parameters.first?.string else { return .string("") }
        return .string(HTMLText.markingKorean(text))
    }
}
