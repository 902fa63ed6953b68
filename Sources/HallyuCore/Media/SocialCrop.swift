/// The picture social networks show beside a shared link: 1200×630 (1.91:1), cut from the
/// middle of the image. An image smaller than that gives the largest box of the same shape that
/// fits inside it, never an enlargement.
public enum SocialCrop {
    public static let width = 1200
    public static let height = 630

    /// The crop's size for an image of `width`×`height` as it is shown (after its orientation).
    public static func size(forWidth imageWidth: Int, height imageHeight: Int) -> (width: Int, height: Int) {
        guard imageWidth > 0, imageHeight > 0 else { return (0, 0) }
        let fitted = min(width, imageWidth, imageHeight * width / height)
        return (fitted, max(1, fitted * height / width))
    }
}
