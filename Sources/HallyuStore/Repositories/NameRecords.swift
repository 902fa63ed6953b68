import Fluent
import Foundation
import HallyuCore

extension KnowledgeRepository {
    /// Every person, title, character and organization as the mention linker sees them. Read
    /// whole, to build the index once.
    public func nameRecords() async throws -> [NameRecord] {
        var builder = NameRecordBuilder()
        for organization in try await OrganizationModel.query(on: database).all() {
            builder.organization(
                slug: organization.slug, name: organization.name, nativeName: organization.nativeName,
                aliases: organization.aliases)
        }
        for person in try await PersonModel.query(on: database).with(\.$agency).all() {
            builder.person(
                slug: person.slug, name: person.name, nativeName: person.nativeName, aliases: person.aliases,
                agency: person.$agency.value??.slug)
        }
        for title in try await TitleModel.query(on: database).with(\.$outlets, { $0.with(\.$organization) }).all() {
            builder.title(
                slug: title.slug, name: title.name, nativeName: title.nativeName, aliases: title.aliases,
                networks: title.outlets.filter { $0.role == TitleOutletModel.network }.map(\.organization.slug))
        }
        for credit in try await CreditModel.query(on: database).with(\.$person).with(\.$title).all() {
            builder.credit(
                person: credit.person.slug, title: credit.title.slug, character: credit.characterName,
                characterNative: credit.characterNativeName, shortNames: credit.characterShortNames)
        }
        for membership in try await MembershipModel.query(on: database).with(\.$person).with(\.$group).all() {
            builder.membership(person: membership.person.slug, group: membership.group.slug)
        }
        return builder.build()
    }
}
