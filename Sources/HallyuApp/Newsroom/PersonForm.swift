import Foundation
import HallyuCore
import Vapor

/// The person form, as the knowledge-base pages and the API's JSON both send it.
struct PersonForm: Content {
    var name: String?
    var nativeName: String?
    /// Other spellings, one per line.
    var aliases: String?
    /// `YYYY-MM-DD`, or empty.
    var birthDate: String?
    /// Separated by commas.
    var occupations: String?
    /// The agency's slug, or empty.
    var agency: String?
    var bio: String?
    /// Editing only: a new slug (the old one redirects).
    var slug: String?
    var _csrf: String?

    init() {}

    init(_ person: Person) {
        name = person.name
        nativeName = person.nativeName
        aliases = person.aliases.joined(separator: "\n")
        birthDate = person.birthDate?.description
        occupations = person.occupations.joined(separator: ", ")
        agency = person.agency?.slug
        bio = person.bio
        slug = person.slug
    }

    private static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The person to store, or what to fix.
    func person() -> Result<Person, Abort> {
        PersonInput(name: name, nativeName: nativeName, aliases: EntryForms.lines(aliases), birthDate: birthDate,
                    occupations: Self.list(occupations), agency: agency, bio: bio, slug: slug).person()
    }
}

/// A person as the API sends one; every field optional, so an edit sends only what changes.
struct PersonInput: Content {
    var name: String?
    var nativeName: String?
    var aliases: [String]?
    var birthDate: String?
    var occupations: [String]?
    var agency: String?
    var bio: String?
    var slug: String?

    /// This input laid over `person` (what an edit did not send stays as it was).
    func over(_ person: Person) -> PersonInput {
        PersonInput(name: name ?? person.name, nativeName: nativeName ?? person.nativeName, aliases: aliases ?? person.aliases,
                    birthDate: birthDate ?? person.birthDate?.description, occupations: occupations ?? person.occupations,
                    agency: agency ?? person.agency?.slug, bio: bio ?? person.bio, slug: slug ?? person.slug)
    }

    func person() -> Result<Person, Abort> {
        func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let name = clean(name)
        if name.isEmpty { return .failure(Abort(.badRequest, reason: "Give the person's name as readers know it.")) }
        if name.count > 200 { return .failure(Abort(.badRequest, reason: "The name may be at most 200 characters.")) }
        var birth: CalendarDate?
        if !clean(birthDate).isEmpty {
            guard let date = CalendarDate(clean(birthDate)) else {
                return .failure(Abort(.badRequest, reason: "Write the birth date as YYYY-MM-DD, such as 1994-11-18."))
            }
            birth = date
        }
        let slug = clean(slug)
        if !slug.isEmpty && !Slug.isValid(slug) {
            return .failure(Abort(.badRequest, reason: "\"\(slug)\" is not a slug: lowercase ASCII words joined by hyphens."))
        }
        if clean(bio).count > 5000 { return .failure(Abort(.badRequest, reason: "The biography may be at most 5,000 characters.")) }
        if (aliases ?? []).count > 50 { return .failure(Abort(.badRequest, reason: "A person may have at most 50 other spellings.")) }
        let agencySlug = clean(agency)
        return .success(Person(id: "", slug: slug, name: name, nativeName: clean(nativeName).isEmpty ? nil : clean(nativeName),
                               aliases: (aliases ?? []).map { clean($0) }.filter { !$0.isEmpty }, birthDate: birth,
                               occupations: (occupations ?? []).map { clean($0) }.filter { !$0.isEmpty },
                               agency: agencySlug.isEmpty ? nil : EntityRef(kind: .organization, slug: agencySlug, name: agencySlug),
                               bio: clean(bio)))
    }
}
