import Fluent

/// Every migration of the store, in the order they must run.
public enum HallyuSchema {
    public static var migrations: [any Migration] {
        [
            CreateUser(),
            CreateOrganizationAndPerson(),
            CreateTitleAndCredit(),
            CreateArticle(),
            CreateCoupleAndQuote(),
            CreateSiteTables(),
            CreateEntityNamesAndIndexes(),
            CreateArticleMentions(),
            CreateImportRecords(),
            CreateArticleSearch(),
            CreateRelatedArticles(),
            RebuildArticleSearch(),
            CreateAccounts(),
            AddArticleListIndexes(),
            CreateArticleRevisions(),
            CreateCommunity(),
            CreatePageCacheChanges(),
            AddFeaturedIndex(),
            AddPersonBirthplace(),
            ReplaceLoginFailuresWithRateWindows(),
            AddChangeLogPositions(),
            CreateMergeCandidates(),
            CreateRedirectsAndPages(),
            AddStaffAccountSecurity(),
            CreateEndedCredentials(),
            AddMediaVariants(),
        ]
    }
}
