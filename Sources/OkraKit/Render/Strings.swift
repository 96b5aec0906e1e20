/// Every interface string of the default theme, in Japanese and English.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func text(_ ja: String, _ en: String) -> String { language == .ja ? ja : en }

    public var home: String { text("ホーム", "Home") }
    public var archive: String { text("アーカイブ", "Archive") }
    public var periods: String { text("期間", "Periods") }
    public var currentPeriod: String { text("現在の期間", "Current period") }
    public var dashboard: String { text("ダッシュボード", "Dashboard") }
    public var companyObjectives: String { text("全社の目標", "Company objectives") }
    public var objectives: String { text("目標", "Objectives") }
    public var objective: String { text("目標", "Objective") }
    public var keyResults: String { text("主要な結果", "Key results") }
    public var keyResult: String { text("主要な結果", "Key result") }
    public var units: String { text("組織", "Units") }
    public var unitProgress: String { text("組織ごとの進捗", "Progress by unit") }
    public var subUnits: String { text("下位の組織", "Sub-units") }
    public var lead: String { text("責任者", "Lead") }
    public var owner: String { text("オーナー", "Owner") }
    public var members: String { text("メンバー", "Members") }
    public var health: String { text("状態", "Health") }
    public var score: String { text("スコア", "Score") }
    public var progress: String { text("進捗", "Progress") }
    public var expected: String { text("期待値", "Expected") }
    public var band: String { text("評価帯", "Band") }
    public var distribution: String { text("スコアと状態の分布", "Scores and health") }
    public var staleKeyResults: String { text("更新が止まっている主要な結果", "Stale key results") }
    public var noStaleKeyResults: String { text("更新が止まっている主要な結果はありません。", "No stale key results.") }
    public var lastCheckin: String { text("最終チェックイン", "Last check-in") }
    public var never: String { text("なし", "never") }
    public var alignment: String { text("アラインメント", "Alignment") }
    public var alignmentView: String { text("アラインメントを見る", "View alignment") }
    public var alignsTo: String { text("上位の目標", "Aligns to") }
    public var alignedUnder: String { text("この目標を支える目標", "Supported by") }
    public var contributionsIn: String { text("他の目標からの貢献", "Contributions in") }
    public var contributionsOut: String { text("他の目標への貢献", "Contributions out") }
    public var contributesTo: String { text("貢献先", "Contributes to") }
    public var crossDepartment: String { text("部門をまたぐ貢献", "Contributions across departments") }
    public var tags: String { text("タグ", "Tags") }
    public var actions: String { text("アクション", "Actions") }
    public var checkins: String { text("チェックイン", "Check-ins") }
    public var confidence: String { text("自信度", "Confidence") }
    public var note: String { text("メモ", "Note") }
    public var date: String { text("日付", "Date") }
    public var value: String { text("値", "Value") }
    public var start: String { text("開始値", "Start") }
    public var target: String { text("目標値", "Target") }
    public var current: String { text("現在値", "Current") }
    public var milestone: String { text("マイルストーン", "Milestone") }
    public var done: String { text("完了", "Done") }
    public var notDone: String { text("未完了", "Not done") }
    public var weight: String { text("重み", "Weight") }
    public var retrospective: String { text("振り返り", "Retrospective") }
    public var finalScore: String { text("最終スコア", "Final score") }
    public var people: String { text("メンバー", "People") }
    public var ownedObjectives: String { text("担当する目標", "Objectives owned") }
    public var ownedKeyResults: String { text("担当する主要な結果", "Key results owned") }
    public var noObjectives: String { text("この期間の目標はまだありません。", "No objectives in this period yet.") }
    public var nothing: String { text("なし", "None") }
    public var unsupportedRootObjectives: String { text("支える目標がない全社目標", "Company objectives nothing supports") }
    public var unalignedObjectives: String { text("どこにもつながっていない目標", "Objectives aligned to nothing") }
    public var generatedOn: String { text("生成日", "Generated") }
    public var day: String { text("日", "day") }
    public var days: String { text("日", "days") }
    public var draft: String { text("下書き", "Draft") }
    public var periodSwitcher: String { text("期間を切り替える", "Switch period") }
    public var breadcrumbs: String { text("現在地", "Breadcrumbs") }
    public var achieved: String { text("達成", "achieved") }
    public var skipToContent: String { text("本文へ移動", "Skip to content") }
    public var poweredBy: String { text("Okra で生成", "Built with Okra") }
    public var objectivesCount: String { text("目標数", "Objectives") }
    public var now: String { text("今期", "now") }

    public var matrix: String { text("部門 × 全社目標", "Departments × company objectives") }
    public var matrixView: String { text("部門と全社目標の対応表を見る", "View departments × company objectives") }
    public var matrixExplanation: String { text("各欄は、その組織の目標のうち全社目標を直接または間接に支えるものの数と平均進捗です。", "Each cell counts the unit's objectives that serve the company objective, directly or through a chain, with their mean progress.") }
    public var upstream: String { text("支えている全社目標", "Company objectives served") }
    public var downstream: String { text("この組織を支える仕事", "Work feeding this unit") }
    public var path: String { text("経路", "Path") }
    public var history: String { text("期間ごとの推移", "History") }
    public var historyView: String { text("過去の期間との比較", "History across periods") }
    public var previousPeriod: String { text("前期", "Previous period") }
    public var change: String { text("前期比", "Change") }
    public var carriedFrom: String { text("前の期間から継続", "Carried from") }
    public var carriedTo: String { text("次の期間へ継続", "Carried to") }
    public var overview: String { text("全体", "Overview") }
    public var alignmentMap: String { text("アラインメントマップ", "Alignment map") }
    public var alignmentList: String { text("一覧", "List") }
    public var subtreeScore: String { text("配下を含むスコア", "Score incl. sub-units") }
    public var ownScore: String { text("組織のスコア", "Own score") }
    public var from: String { text("貢献元", "From") }

    public var search: String { text("検索", "Search") }
    public var searchLabel: String { text("目標・主要な結果・オーナー・タグを検索", "Search objectives, key results, owners and tags") }
    public var searchHint: String { text("すべての期間の目標、主要な結果、オーナー、組織、タグから探します。スペースで区切った語は、すべてを含むものだけを表示します。全角と半角、大文字と小文字は区別しません。",
                                         "Finds objectives, key results, owners, units and tags in every period. With several words separated by spaces, only what contains all of them is shown. Case and full-width or half-width forms do not matter.") }
    public var searchResults: String { text("検索結果", "Results") }
    public var searchEnterWords: String { text("探す語を入力してください。", "Type the words to look for.") }
    public var searchFound: String { text("{n}件の目標が見つかりました。", "{n} objectives found.") }
    public var searchFoundOne: String { text("{n}件の目標が見つかりました。", "1 objective found.") }
    public var searchTruncated: String { text("{n}件の目標が見つかりました。最初の{shown}件を表示しています。", "{n} objectives found; the first {shown} are shown.") }
    public var searchNothing: String { text("見つかりませんでした。語を減らすか、別の言い方で探してください。", "Nothing found. Try fewer or other words.") }
    public var searchNeedsScript: String { text("検索には JavaScript が必要です。JavaScript がなくても、各期間のダッシュボードにその期間のすべての目標が載っています。",
                                                "Search needs JavaScript. Without it, every period's dashboard lists all of its objectives.") }
    public var allObjectives: String { text("この期間のすべての目標", "All objectives of this period") }
    public var filter: String { text("絞り込み", "Filter") }
    public var unit: String { text("組織", "Unit") }
    public var filterAll: String { text("すべて", "All") }
    public var filterClear: String { text("条件を解除", "Clear filter") }
    public var filterCount: String { text("{shown} / {total} 件の目標を表示", "{shown} / {total} objectives shown") }
    public var filterNothing: String { text("条件に合う目標はありません。", "No objective matches the filter.") }

    /// The health word shared with the charts: 順調 / on track, …
    public func healthName(_ health: Health) -> String { Charts.Words(language).health(health) }

    /// The band word shared with the charts: 緑 / green, …
    public func bandName(_ band: Band) -> String { Charts.Words(language).band(band) }

    /// `達成 120%` / `achieved 120%`.
    public func achievedPercent(_ percent: String) -> String { text("達成 \(percent)", "achieved \(percent)") }

    /// `+5pt` / `−3pt` / `±0pt`: a change of score between two periods, in percentage points.
    public func pointsChange(_ delta: Double) -> String {
        let points = Int((delta * 100).rounded())
        return points > 0 ? "▲ +\(points)pt" : points < 0 ? "▼ −\(-points)pt" : "±0pt"
    }

    /// `12日前` / `12 days ago`.
    public func daysAgo(_ count: Int) -> String { text("\(count)日前", count == 1 ? "1 day ago" : "\(count) days ago") }

    /// Every string above by its property name, for templates: `{{t.keyResults}}`.
    public var dictionary: [String: String] {
        [
            "home": home,
            "archive": archive,
            "periods": periods,
            "currentPeriod": currentPeriod,
            "dashboard": dashboard,
            "companyObjectives": companyObjectives,
            "objectives": objectives,
            "objective": objective,
            "keyResults": keyResults,
            "keyResult": keyResult,
            "units": units,
            "unitProgress": unitProgress,
            "subUnits": subUnits,
            "lead": lead,
            "owner": owner,
            "members": members,
            "health": health,
            "score": score,
            "progress": progress,
            "expected": expected,
            "band": band,
            "distribution": distribution,
            "staleKeyResults": staleKeyResults,
            "noStaleKeyResults": noStaleKeyResults,
            "lastCheckin": lastCheckin,
            "never": never,
            "alignment": alignment,
            "alignmentView": alignmentView,
            "alignsTo": alignsTo,
            "alignedUnder": alignedUnder,
            "contributionsIn": contributionsIn,
            "contributionsOut": contributionsOut,
            "contributesTo": contributesTo,
            "crossDepartment": crossDepartment,
            "tags": tags,
            "actions": actions,
            "checkins": checkins,
            "confidence": confidence,
            "note": note,
            "date": date,
            "value": value,
            "start": start,
            "target": target,
            "current": current,
            "milestone": milestone,
            "done": done,
            "notDone": notDone,
            "weight": weight,
            "retrospective": retrospective,
            "finalScore": finalScore,
            "people": people,
            "ownedObjectives": ownedObjectives,
            "ownedKeyResults": ownedKeyResults,
            "noObjectives": noObjectives,
            "nothing": nothing,
            "unsupportedRootObjectives": unsupportedRootObjectives,
            "unalignedObjectives": unalignedObjectives,
            "generatedOn": generatedOn,
            "day": day,
            "days": days,
            "draft": draft,
            "periodSwitcher": periodSwitcher,
            "breadcrumbs": breadcrumbs,
            "achieved": achieved,
            "skipToContent": skipToContent,
            "poweredBy": poweredBy,
            "objectivesCount": objectivesCount,
            "now": now,
            "matrix": matrix,
            "matrixView": matrixView,
            "matrixExplanation": matrixExplanation,
            "upstream": upstream,
            "downstream": downstream,
            "path": path,
            "history": history,
            "historyView": historyView,
            "previousPeriod": previousPeriod,
            "change": change,
            "carriedFrom": carriedFrom,
            "carriedTo": carriedTo,
            "overview": overview,
            "alignmentMap": alignmentMap,
            "alignmentList": alignmentList,
            "subtreeScore": subtreeScore,
            "ownScore": ownScore,
            "from": from,
            "search": search,
            "searchLabel": searchLabel,
            "searchHint": searchHint,
            "searchResults": searchResults,
            "searchEnterWords": searchEnterWords,
            "searchFound": searchFound,
            "searchFoundOne": searchFoundOne,
            "searchTruncated": searchTruncated,
            "searchNothing": searchNothing,
            "searchNeedsScript": searchNeedsScript,
            "allObjectives": allObjectives,
            "filter": filter,
            "unit": unit,
            "filterAll": filterAll,
            "filterClear": filterClear,
            "filterCount": filterCount,
            "filterNothing": filterNothing,
        ]
    }
}
