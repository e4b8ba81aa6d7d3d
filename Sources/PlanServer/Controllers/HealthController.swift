import Hummingbird

/// `GET /healthz`: 200 while the server runs, for load balancers and scripts.
struct HealthController {
    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz") { _, _ in
            try JSONAnswer.encode(["status": "ok"])
        }
    }
}
