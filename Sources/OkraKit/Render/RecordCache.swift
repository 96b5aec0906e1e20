/// Per-objective pieces of the two data files, kept between the builds of `okra watch`: the objective
/// records of `okrs.json` and the entries of `search-index.js`. Only the pieces of objectives that an edit
/// changed are written again; the rest are copied from here.
final class RecordCache: Sendable {
    /// The data file a piece belongs to.
    enum DataFile: Sendable {
        case siteData, searchIndex
    }

    private let siteDataRecords = Locked<[ObjectiveID: String]>([:])
    private let searchEntries = Locked<[ObjectiveID: String]>([:])

    private func store(for file: DataFile) -> Locked<[ObjectiveID: String]> {
        switch file {
        case .siteData: return siteDataRecords
        case .searchIndex: return searchEntries
        }
    }

    func record(of id: ObjectiveID, in file: DataFile) -> String? { store(for: file).withValue { $0[id] } }

    func store(_ record: String, of id: ObjectiveID, in file: DataFile) { store(for: file).withValue { $0[id] = record } }

    /// Drops the pieces of these objectives from both files.
    func forget(_ ids: some Sequence<ObjectiveID>) {
        for file in [DataFile.siteData, .searchIndex] {
            store(for: file).withValue { for id in ids { $0[id] = nil } }
        }
    }

    func forgetAll() {
        siteDataRecords.withValue { $0.removeAll() }
        searchEntries.withValue { $0.removeAll() }
    }
}
