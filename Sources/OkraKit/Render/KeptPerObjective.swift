/// A value for every objective, made once (in parallel) and kept between the builds of `okra watch`; after an
/// edit of objectives' data, made again only for the objectives the edit changed.
struct KeptPerObjective<Value: Sendable>: Sendable {
    private let values: [ObjectiveID: Value]

    /// Makes the value of every objective of `content`, or takes those of `earlier` (a build of the same
    /// objectives) and makes again only those of `remaking`.
    init(_ content: Content, reusing earlier: KeptPerObjective?, remaking: Set<ObjectiveID>, make: @Sendable (Objective) -> Value) {
        guard var values = earlier?.values else {
            values = Dictionary(content.objectives.parallelMap { ($0.id, make($0)) }, uniquingKeysWith: { first, _ in first })
            return
        }
        for id in remaking {
            values[id] = content.objective(id).map(make)
        }
        self.values = values
    }

    subscript(id: ObjectiveID) -> Value? { values[id] }
}
