/// `search-index.js`: every objective once, with what search matches and what a result shows.
///
/// Pages opened from disk (file://) cannot `fetch()` a JSON file, so the index is a script that
/// assigns the JSON to `window.okraSearchIndex`; `search.html` loads it with `<script src>`.
/// The format (`okra-search/1`) is documented in docs/search.md. URLs are relative to the site root.
/// Text is written as it is: the script normalises (NFKC, lower case) both the index and the query.
extension PageBuilder {
    /// Writes `search-index.js` block by block into `sink`, which returns 0 or an `errno`; the first error
    /// stops the writing and is returned, so that the index is never held whole. `cache`, when given, holds
    /// entries of an earlier build that are still valid; the entries written now are stored in it.
    func writeSearchIndex(cache: RecordCache? = nil, into sink: (ByteBlock) -> Int32) -> Int32 {
        var header = TextBuffer(capacity: 64 * 1024)
        header += "window.okraSearchIndex = {\"schema\":\"okra-search/1\",\n\"language\":"
        header.append(JSONWriter.quoted(language.rawValue))
        header += ",\n\"periods\":["
        header.append(publishedPeriods.map { "[\(JSONWriter.quoted($0.id)),\(JSONWriter.quoted(periodLabel($0.id)))]" }.joined(separator: ","))
        header += "],\n\"units\":{"
        header.append(organisation.unitsInTreeOrder.map { "\(JSONWriter.quoted($0.id)):\(JSONWriter.quoted($0.name))" }.joined(separator: ","))
        header += "},\n\"health\":{"
        header.append(Health.allCases.map { "\(JSONWriter.quoted($0.rawValue)):\(JSONWriter.quoted(strings.healthName($0)))" }.joined(separator: ","))
        header += "},\n\"bands\":{"
        header.append(Band.allCases.map { "\(JSONWriter.quoted($0.rawValue)):\(JSONWriter.quoted(strings.bandName($0)))" }.joined(separator: ","))
        header += "},\n\"objectives\":[\n"
        let code = sink(header.finish())
        guard code == 0 else { return code }
        // Newest period first (the order of the switcher), then by id: the order results are listed in.
        let ids = publishedPeriods.flatMap { content.objectiveIDs(inPeriod: $0.id) }
        let lines = RecordCache.writeLines(of: ids, in: .searchIndex, cache: cache, firstLineStart: "", make: { id in
            guard let objective = content.objective(id) else { return nil }
            return searchEntry(objective)
        }, into: sink)
        guard lines.code == 0 else { return lines.code }
        return sink(.literal("\n]};\n"))
    }

    /// One objective on one line: `{"i":id,"t":title,"p":period,"u":unit,"o":owner,"g":tags,"k":key results,"r":url,"n":progress,"s":score,"b":band,"h":health}`.
    private func searchEntry(_ objective: Objective) -> ByteBlock? {
        guard let score = scorecard.score(of: objective.id) else { return nil }
        var json = JSONWriter(pretty: false)
        json.beginObject()
        json.value("i", objective.id.path)
        json.value("t", objective.title)
        json.value("p", objective.id.period)
        json.value("u", objective.id.unit)
        let owner = objective.owner.map(organisation.displayName(ofOwner:))
        if let owner { json.value("o", owner) }
        if !objective.tags.isEmpty {
            json.beginArray("g")
            for tag in objective.tags { json.value(nil, tag) }
            json.endArray()
        }
        if !objective.keyResults.isEmpty {
            json.beginArray("k")
            for keyResult in objective.keyResults {
                // [anchor id, title] or, when someone else owns the key result, [anchor id, title, owner].
                json.beginArray()
                json.value(nil, keyResult.id)
                json.value(nil, keyResult.title)
                if let keyOwner = keyResult.owner.map(organisation.displayName(ofOwner:)), keyOwner != owner { json.value(nil, keyOwner) }
                json.endArray()
            }
            json.endArray()
        }
        json.value("r", SitePaths.objective(objective.id))
        json.value("n", Int((score.progress * 100).rounded()))
        json.value("s", Int((score.score * 100).rounded()))
        json.value("b", score.band.rawValue)
        json.value("h", score.health.rawValue)
        if objective.draft { json.value("d", true) }
        json.endObject()
        return json.finish()
    }
}
