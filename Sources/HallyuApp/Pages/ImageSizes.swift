/// How wide each kind of picture is laid out, for `sizes`, so a phone fetches the copy its screen
/// needs: read off `css/site.css` (content at most 70rem inside 1rem margins; two columns from
/// 800 px). The templates write the same values; change them together with the CSS.
enum ImageSizes {
    /// An article's hero: the content's full width.
    static let hero = "(min-width: 72rem) 70rem, calc(100vw - 2rem)"
    /// A picture in an article's body: the text's measure (42rem), the screen's width less its
    /// margins below that.
    static let body = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
    /// The home page's featured story: three fifths of the content from 800 px.
    static let featured = "(min-width: 72rem) 42rem, (min-width: 800px) 60vw, calc(100vw - 2rem)"
    /// A card in a list: a 7.5rem column, 12rem from 800 px.
    static let card = "(min-width: 800px) 12rem, 7.5rem"
    /// A card among related stories: a column of its own from 800 px, up to 28rem wide.
    static let compactCard = "(min-width: 800px) 28rem, 7.5rem"
}

/// How a picture loads: the story's own picture first of all, those further down when scrolled to.
enum ImageLoading {
    case first, lazy

    var attributes: String {
        switch self {
        case .first: " fetchpriority=\"high\""
        case .lazy: " loading=\"lazy\""
        }
    }
}
