import HallyuCore
import HallyuStore
import Vapor

/// `/search?q=&kind=&page=` and `GET /api/v1/search`: the entities the query names, as cards,
/// then the articles that match it, best first.
struct SearchController {
    /// What a search found, shared by the page and the API.
    struct Outcome {
        let query: SearchQuery
        let kind: SearchKind
        let entities: [EntityCardData]
        /// The query reads as a person's name and nobody in the knowledge base answers to it.
        var unknownPerson = false
        let articles: Paged<ArticleSearch.Hit>
        /// More articles matched than the newest `ArticleSearch.defaultWindow` that were ranked.
        let truncated: Bool
    }

    func page(req: Request) async throws -> Response {
        do {
            return try await render(req, try await search(req), problem: nil)
        } catch let error as AbortError where error.status == .badRequest {
            // A bad filter or page number: the page says why and keeps what was typed.
            let typed = SearchQuery((try? req.query.get(String.self, at: "q")) ?? "")
            let nothing = Outcome(
                query: typed, kind: .all, entities: [], articles: Paged(items: [], page: 1, per: 20, total: 0),
                truncated: false)
            return try await render(req, nothing, problem: error.reason, status: .badRequest)
        }
    }

    private func render(_ req: Request, _ outcome: Outcome, problem: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let formatting = req.formatting
        let q = outcome.query.text
        let results = outcome.articles.items.map { hit in
            SearchPage.Result(
                card: ArticleCard(hit.summary, formatting: formatting),
                snippet: SearchSnippet(hit.text, query: outcome.query).html)
        }
        let message: String? =
            if let problem {
                problem
            } else if outcome.query.isEmpty {
                q.isEmpty ? nil : "There is nothing to look for in \"\(q)\": try a name, a title or a few words."
            } else if outcome.unknownPerson {
                results.isEmpty
                    ? "There is no person called \"\(q)\" in the knowledge base, and no article contains the words."
                    : "There is no person called \"\(q)\" in the knowledge base. These articles contain the words."
            } else if results.isEmpty && outcome.entities.isEmpty {
                "Nothing matches \"\(q)\". Try another spelling, fewer words, or the Korean name."
            } else {
                nil
            }
        return try await SearchPage(
            meta: req.pageMeta(
                title: q.isEmpty ? "Search" : "\(q) — search", description: "Search news, people and dramas.",
                path: "/search"),
            query: q, kind: outcome.kind.rawValue,
            kinds: SearchKind.allCases.map { kind in
                SearchPage.KindLink(label: kind.label, current: kind == outcome.kind, url: Self.link(q, kind))
            },
            entities: outcome.entities.map(SearchPage.EntityCard.init),
            results: results, heading: Self.heading(outcome),
            narrowing: outcome.truncated ? "More articles than these match; add a word to narrow the search." : nil,
            message: message,
            pager: Pager(outcome.articles, basePath: Self.link(q, outcome.kind))
        ).response(for: req, status: status)
    }

    static func heading(_ outcome: Outcome) -> String {
        let total = outcome.articles.total
        if outcome.truncated { return "The \(total) newest matching articles" }
        return total == 1 ? "1 article" : "\(total) articles"
    }

    /// `/search?q=…&kind=…`, the kind left out when it is everything.
    static func link(_ q: String, _ kind: SearchKind) -> String {
        "/search?q=" + QueryValue.encoded(q)
            + (kind == .all ? "" : "&kind=\(kind.rawValue)")
    }

    func api(req: Request) async throws -> SearchDTO {
        let outcome = try await search(req)
        let base = req.application.config.publicURL.absoluteString
        let formatting = req.formatting
        return SearchDTO(
            query: outcome.query.text,
            entities: outcome.entities.map {
                SearchDTO.Entity(
                    kind: $0.ref.kind.rawValue, slug: $0.ref.slug, name: $0.ref.name,
                    nativeName: $0.ref.nativeName, url: base + $0.url)
            },
            articlesTruncated: outcome.truncated,
            articles: ListDTO(
                outcome.articles.map { hit in
                    let snippet = SearchSnippet(hit.text, query: outcome.query)
                    return SearchDTO.Article(
                        article: ArticleSummaryDTO(hit.summary, formatting: formatting, base: base), snippet: snippet.text,
                        highlights: snippet.offsets.map {
                            SearchDTO.Highlight(
                                start: $0.start, end: $0.end, utf8Start: $0.utf8Start,
                                utf8End: $0.utf8End)
                        })
                }))
    }

    private func search(_ req: Request) async throws -> Outcome {
        let raw = (try? req.query.get(String.self, at: "q")) ?? ""
        let kindValue = (try? req.query.get(String.self, at: "kind")) ?? ""
        guard let kind = kindValue.isEmpty ? SearchKind.all : SearchKind(rawValue: kindValue) else {
            throw Abort(.badRequest, reason: "kind must be one of: \(SearchKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let paging = try req.pageRequest()
        var query = SearchQuery(raw)
        var entities: [EntityCardData] = []
        var unknownPerson = false
        let searchesArticles = kind == .all || kind == .article
        let showsCards = kind != .article && paging.page == 1
        // A short query naming an entity (송강, ㅎㅅㅎ, a misspelling) also finds the articles
        // that write its name another way.
        let widens = searchesArticles && query.terms.count <= 4
        if !query.isEmpty && (showsCards || widens) {
            let index = try await req.application.mentionIndexCache.index(on: req.db)
            let cards = try await EntityCardData.load(
                index.entities(matching: query.text, limit: 8), index: index,
                knowledge: req.knowledge)
            if widens, let first = cards.first {
                query = query.including(names: [first.ref.name] + [first.ref.nativeName].compactMap { $0 })
            }
            if showsCards { entities = cards.filter { kind.includes($0.ref.kind) } }
            unknownPerson = cards.isEmpty && (kind == .all || kind == .person) && index.readsAsPersonName(query.text)
        }
        let found =
            searchesArticles
            ? try await req.articleSearch.search(query, paging)
            : .none(paging)
        return Outcome(
            query: query, kind: kind, entities: entities, unknownPerson: unknownPerson, articles: found.hits,
            truncated: found.truncated)
    }
}

/// What a search may be narrowed to.
enum SearchKind: String, CaseIterable {
    case all, article, person, title, organization, couple

    var label: String {
        switch self {
        case .all: "Everything"
        case .article: "Articles"
        case .person: "People"
        case .title: "Dramas and films"
        case .organization: "Organizations"
        case .couple: "Couples"
        }
    }

    func includes(_ entity: EntityKind) -> Bool {
        switch self {
        case .all: true
        case .article: false
        case .title: entity == .title || entity == .character
        default: entity.rawValue == rawValue
        }
    }
}
