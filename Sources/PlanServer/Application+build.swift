import Foundation
import Hummingbird
import Logging
import PlanStore

/// The server's router: every route of SERVICE.md built so far, behind the JSON error answers
/// and the request log; `/api/v1` behind the bearer token; the pages behind HTML error pages,
/// and all but the sign-in link behind the session cookie and the CSRF check.
///
/// - Parameters:
///   - replanning: the budget of `POST /api/v1/plans` without a plan.
///   - bookings: the booking actions (a clock of its own in tests); by default on `store`.
///   - clock: the time of changes that make feeds change (publication: the `DTSTAMP` of the
///     feeds, and `today` of re-plans and cancellations) and of consultation slots (which may
///     not be in the past); tests set it.
public func buildRouter(
    store: any ServerStore, replanning: Replanning = Replanning(), bookings: BookingService? = nil,
    clock: @escaping @Sendable () -> Date = Date.init
) -> Router<AppRequestContext> {
    let plans = PublishedPlans(store: store)
    // HEAD answers as GET does, without the body: calendar clients and link checkers ask it.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: APIErrorMiddleware())

    HealthController().addRoutes(to: router)
    let feeds = FeedsController(store: store, plans: plans)
    feeds.addFeedRoutes(to: router)

    let api = router.group("api/v1").add(middleware: BearerAuthMiddleware(store: store))
        .add(middleware: IdempotencyMiddleware(store: store))
    let bookings = bookings ?? BookingService(store: store)
    let replan = ReplanDraft(store: store, plans: plans, replanning: replanning, bookings: bookings, clock: clock)
    PlansController(store: store, plans: plans, replan: replan, clock: clock).addRoutes(to: api)
    MunicipalitiesController(plans: plans).addRoutes(to: api)
    GroupsController(plans: plans).addRoutes(to: api)
    MeetingsController(store: store, plans: plans, clock: clock).addRoutes(to: api)
    feeds.addAPIRoutes(to: api)
    BookingsController(bookings: bookings).addRoutes(to: api)
    let consultations = ConsultationService(store: store, plans: plans, clock: clock)
    ConsultationsController(service: consultations).addRoutes(to: api)

    let pages = PageRenderer()
    let openPages = router.group().add(middleware: PageErrorMiddleware(pages: pages))
    let signedIn = router.group().add(middleware: PageErrorMiddleware(pages: pages))
        .add(middleware: SessionMiddleware(store: store)).add(middleware: CSRFMiddleware())
    let signIn = SignInController(store: store, pages: pages)
    signIn.addPublicRoutes(to: openPages)
    signIn.addRoutes(to: signedIn)
    let feedLinks = FeedLinks(store: store, plans: plans)
    VersionsPageController(
        store: store, pages: pages, plans: plans, replan: replan, bookings: bookings, clock: clock
    )
    .addRoutes(to: signedIn)
    AccessPageController(store: store, pages: pages, plans: plans, feeds: feedLinks).addRoutes(to: signedIn)
    MunicipalityPageController(pages: pages, plans: plans, feeds: feedLinks).addRoutes(to: signedIn)
    PsychologistPageController(pages: pages, plans: plans, feeds: feedLinks).addRoutes(to: signedIn)
    MeetingsPageController(store: store, pages: pages, plans: plans, feeds: feedLinks, clock: clock)
        .addRoutes(to: signedIn)
    ConsultationPageController(pages: pages, service: consultations).addRoutes(to: signedIn)
    BookingPageController(pages: pages, plans: plans, bookings: bookings).addRoutes(to: signedIn)
    return router
}

/// The `stime-planner serve` application: the router on `settings`' address, with the store
/// closed after the server on SIGINT/SIGTERM (swift-service-lifecycle's graceful shutdown:
/// requests in flight finish first).
public func buildApplication(
    settings: ServerSettings, store: any ServerStore, logger: Logger
) -> some ApplicationProtocol {
    var application = Application(
        router: buildRouter(store: store),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "stime-planner"),
        logger: logger)
    application.addServices(StoreService(store: store))
    return application
}
