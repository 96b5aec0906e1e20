/// The shape of a corpus: periods, the unit tree, people, and which objective lives where and aligns to what.
/// Everything here is decided up front (single-threaded, cheap); the file text is produced later, one
/// objective at a time, from the plan and a per-objective random generator.

struct PeriodSpec: Sendable {
    var id: String
    /// Days since 1970-01-01, inclusive.
    var start: Int
    var end: Int
    var isAnnual: Bool
    /// Ended before the benchmark's "today": objectives get a final score and a retrospective.
    var closed: Bool
}

struct UnitSpec: Sendable {
    var id: String
    var name: String
    /// Index of the parent unit; -1 for the root.
    var parent: Int
    /// Index into `Words.departments`; -1 for the root.
    var department: Int
    /// 0 company, 1 department, 2 team, 3 sub-team.
    var level: Int
    /// Person indices; the first one leads the unit.
    var members: [Int] = []
}

struct PersonSpec: Sendable {
    var id: String
    var name: String
    var unit: Int
}

struct ObjectiveSpec: Sendable {
    var period: Int
    var unit: Int
    var slug: String
    /// Position among the objectives of the same unit and period.
    var ordinal: Int
    /// The objective this one aligns to (index into the plan's objectives), or -1.
    var parent: Int = -1
    /// The objective the body links to (the parent, or a sibling for company objectives), or -1.
    var link: Int = -1
    /// An objective of another department that the second key result contributes to, or -1.
    var contributesTo: Int = -1
}

struct Plan: Sendable {
    /// The benchmark judges the corpus as of this day (`okra build --today`): the last day of the newest
    /// quarter, so no check-in is in the future and no key result is stale whatever the real date is.
    static let today = Days.from(2026, 12, 31)
    static let currentPeriod = "2026-Q3"
    /// The first line of site.yaml; okra-corpus replaces only folders whose site.yaml starts with it.
    static let marker = "# Benchmark corpus written by okra-corpus"
    /// Share of the non-company objectives per quarter, oldest first: most are in the newest two.
    static let quarterShares = [0.12, 0.14, 0.18, 0.27, 0.29]
    static let annualCompanyObjectives = 5
    static let quarterlyCompanyObjectives = 3
    static let maxObjectivesPerUnit = 5

    var periods: [PeriodSpec]
    var units: [UnitSpec]
    var people: [PersonSpec]
    var objectives: [ObjectiveSpec]
    /// objectivesByPeriodAndUnit[period][unit] = indices into `objectives`.
    var byPeriodAndUnit: [[[Int]]]

    init(objectives count: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)

        // Periods: the fiscal year 2026 (April start) and five quarters 2025-Q3 … 2026-Q3.
        func quarter(_ id: String, _ y: Int, _ m: Int, _ ey: Int, _ em: Int, _ ed: Int) -> PeriodSpec {
            let end = Days.from(ey, em, ed)
            return PeriodSpec(id: id, start: Days.from(y, m, 1), end: end, isAnnual: false, closed: end < Plan.today)
        }
        let periods = [
            PeriodSpec(id: "2026", start: Days.from(2026, 4, 1), end: Days.from(2027, 3, 31), isAnnual: true, closed: false),
            quarter("2025-Q3", 2025, 10, 2025, 12, 31),
            quarter("2025-Q4", 2026, 1, 2026, 3, 31),
            quarter("2026-Q1", 2026, 4, 2026, 6, 30),
            quarter("2026-Q2", 2026, 7, 2026, 9, 30),
            quarter("2026-Q3", 2026, 10, 2026, 12, 31),
        ]

        // Units: enough that the busiest quarter (29 %) fits at ≤ 5 objectives per unit, which is about
        // N/16 (the practice rule `too-many-objectives` warns above 5 per unit and period).
        let departmentCount = Words.departments.count
        let unitCount = max(1 + departmentCount + departmentCount, count / 16)
        let teamCount = max(departmentCount, (unitCount - 1 - departmentCount) / 7)
        let subTeamCount = max(0, unitCount - 1 - departmentCount - teamCount)

        var units: [UnitSpec] = [UnitSpec(id: "company", name: "株式会社ベンチマーク", parent: -1, department: -1, level: 0)]
        for (index, department) in Words.departments.enumerated() {
            units.append(UnitSpec(id: department.id, name: department.name, parent: 0, department: index, level: 1))
        }
        var teamsPerDepartment = Array(repeating: 0, count: departmentCount)
        let firstTeam = units.count
        for team in 0..<teamCount {
            let department = team % departmentCount
            teamsPerDepartment[department] += 1
            let number = teamsPerDepartment[department]
            let info = Words.departments[department]
            units.append(UnitSpec(id: "\(info.id)-t\(Number.padded(number, width: 2))", name: "\(info.short)第\(number)グループ",
                                  parent: 1 + department, department: department, level: 2))
        }
        var subTeamsPerTeam = Array(repeating: 0, count: teamCount)
        for subTeam in 0..<subTeamCount {
            let team = subTeam % teamCount
            subTeamsPerTeam[team] += 1
            let number = subTeamsPerTeam[team]
            let parent = units[firstTeam + team]
            units.append(UnitSpec(id: "\(parent.id)-s\(Number.padded(number, width: 2))", name: "\(parent.name) \(number)班",
                                  parent: firstTeam + team, department: parent.department, level: 3))
        }

        // People: about N/3 (at least two per unit), spread round-robin so every unit has a lead.
        let personCount = max(count / 3, 2 * units.count)
        var people: [PersonSpec] = []
        people.reserveCapacity(personCount)
        for index in 0..<personCount {
            let unit = index % units.count
            let family = Words.familyNames[(index / units.count + index) % Words.familyNames.count]
            let given = Words.givenNames[(index / 7 + index * 3) % Words.givenNames.count]
            people.append(PersonSpec(id: "p\(Number.padded(index + 1, width: 5))", name: "\(family) \(given)", unit: unit))
            units[unit].members.append(index)
        }

        // Objectives per period and unit.
        var objectives: [ObjectiveSpec] = []
        objectives.reserveCapacity(count)
        var byPeriodAndUnit = Array(repeating: Array(repeating: [Int](), count: units.count), count: periods.count)
        func add(period: Int, unit: Int) -> Int {
            let index = objectives.count
            let ordinal = byPeriodAndUnit[period][unit].count
            let slug = "\(Words.slugWords[(index * 7 + unit) % Words.slugWords.count])-\(Number.padded(index + 1, width: 5))"
            objectives.append(ObjectiveSpec(period: period, unit: unit, slug: slug, ordinal: ordinal))
            byPeriodAndUnit[period][unit].append(index)
            return index
        }

        // Company objectives: five for the fiscal year 2026 and three in each quarter of fiscal 2025
        // (the annual 2026 objectives do not contain those quarters).
        let annualCompany = min(Plan.annualCompanyObjectives, max(1, count / 20))
        for _ in 0..<annualCompany where objectives.count < count { _ = add(period: 0, unit: 0) }
        let quarterlyCompany = min(Plan.quarterlyCompanyObjectives, max(1, count / 40))
        let fiscal2025 = (1..<periods.count).filter { periods[$0].end < periods[0].start }
        for period in fiscal2025 {
            for _ in 0..<quarterlyCompany where objectives.count < count { _ = add(period: period, unit: 0) }
        }

        // The rest over the quarters, unit by unit in breadth-first order (departments, teams, sub-teams)
        // and round by round, so a parent unit always has an objective before its sub-units get one.
        let remaining = count - objectives.count
        var perQuarter = Plan.quarterShares.map { Int((Double(remaining) * $0).rounded(.down)) }
        perQuarter[perQuarter.count - 1] += remaining - perQuarter.reduce(0, +)
        var departmentCounter = 0
        for (offset, total) in perQuarter.enumerated() {
            let period = offset + 1
            var left = total
            while left > 0 {
                for unit in 1..<units.count where left > 0 {
                    let index = add(period: period, unit: unit)
                    left -= 1
                    let parentUnit = units[unit].parent
                    var parent = -1
                    if parentUnit == 0 {
                        // A department objective aligns to a company objective: the same quarter's in fiscal
                        // 2025, the annual one from fiscal 2026 on.
                        let candidates = byPeriodAndUnit[period][0].isEmpty ? byPeriodAndUnit[0][0] : byPeriodAndUnit[period][0]
                        if !candidates.isEmpty {
                            parent = candidates[departmentCounter % candidates.count]
                            departmentCounter += 1
                        }
                    } else {
                        let candidates = byPeriodAndUnit[period][parentUnit]
                        if !candidates.isEmpty {
                            parent = candidates[(objectives[index].ordinal + unit) % candidates.count]
                        }
                    }
                    objectives[index].parent = parent
                    objectives[index].link = parent
                }
            }
        }

        // Company objectives link to a sibling; about a quarter of the others have a key result that
        // contributes to an objective of another department in the same period.
        for index in objectives.indices {
            let objective = objectives[index]
            if objective.unit == 0 {
                let siblings = byPeriodAndUnit[objective.period][0]
                if siblings.count > 1 {
                    objectives[index].link = siblings[(objective.ordinal + 1) % siblings.count]
                }
                continue
            }
            guard random.chance(0.25) else { continue }
            let ownDepartment = units[objective.unit].department
            let other = (ownDepartment + 1 + random.int(departmentCount - 1)) % departmentCount
            let candidates = byPeriodAndUnit[objective.period][1 + other]
            if !candidates.isEmpty {
                objectives[index].contributesTo = candidates[random.int(candidates.count)]
            }
        }

        self.periods = periods
        self.units = units
        self.people = people
        self.objectives = objectives
        self.byPeriodAndUnit = byPeriodAndUnit
    }

    /// The most objectives any unit has in one period.
    var busiestUnit: Int {
        byPeriodAndUnit.map { $0.map(\.count).max() ?? 0 }.max() ?? 0
    }

    func path(of objective: Int) -> String {
        let spec = objectives[objective]
        return "\(periods[spec.period].id)/\(units[spec.unit].id)/\(spec.slug)"
    }

    /// How `from` refers to `to`: `unit/slug` in the same period, `period/unit/slug` otherwise.
    func reference(from: Int, to: Int) -> String {
        let target = objectives[to]
        if objectives[from].period == target.period {
            return "\(units[target.unit].id)/\(target.slug)"
        }
        return path(of: to)
    }
}
