/// The vocabulary of the corpus: unit names, people, titles, key result metrics, sentences.
/// Objective titles never contain a digit (a number with a unit would read like a key result).
enum Words {
    /// The twelve departments under the company: (id, name).
    static let departments: [(id: String, name: String, short: String)] = [
        ("sales", "営業部", "営業"),
        ("marketing", "マーケティング部", "マーケ"),
        ("product", "プロダクト部", "プロダクト"),
        ("engineering", "開発部", "開発"),
        ("cs", "カスタマーサクセス部", "CS"),
        ("operations", "オペレーション部", "オペレーション"),
        ("finance", "経理財務部", "経理財務"),
        ("hr", "人事部", "人事"),
        ("legal", "法務部", "法務"),
        ("data", "データ分析部", "データ"),
        ("design", "デザイン部", "デザイン"),
        ("research", "研究開発部", "研究開発"),
    ]

    static let familyNames = [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
        "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川",
        "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本",
    ]
    static let givenNames = [
        "太郎", "花子", "一郎", "さくら", "健太", "美穂", "翔", "由美", "直樹", "真央",
        "亮", "彩", "俊介", "恵", "大輔", "愛", "拓也", "結衣", "誠", "陽子",
        "Emma", "Liam", "Olivia", "Noah", "Mia", "Lucas", "Aiko", "Ken", "Yuna", "Ren",
    ]

    // MARK: Objective titles

    static let jaThemes = [
        "顧客体験", "営業プロセス", "採用ブランド", "開発基盤", "新規事業", "サポート体制", "データ活用",
        "業務フロー", "ブランド価値", "製品品質", "組織文化", "財務基盤", "パートナー連携", "海外展開",
        "店舗運営", "オンボーディング", "価格戦略", "セキュリティ", "ナレッジ共有", "意思決定",
    ]
    static let jaVerbs = ["再設計し", "強化し", "刷新し", "標準化し", "磨き上げ", "見直し", "最適化し", "自動化し"]
    static let jaGoals = [
        "顧客に選ばれ続ける会社になる", "持続的な成長の土台をつくる", "チームの生産性を高める",
        "市場での存在感を確立する", "顧客の信頼を勝ち取る", "誰もが迷わず働ける環境をつくる",
        "収益性の高い事業に変える", "次の成長の柱を育てる", "業界で最も頼られる存在になる",
        "現場の判断を速くする",
    ]
    static let enSubjects = [
        "onboarding", "the sales pipeline", "our support experience", "the release process",
        "data-driven decisions", "partner integrations", "hiring", "the checkout flow",
        "internal tooling", "the mobile app", "pricing", "security reviews", "knowledge sharing",
    ]
    static let enOutcomes = [
        "effortless for every customer", "predictable and fast", "a competitive advantage",
        "trusted across the company", "delightful to use", "simple enough to scale",
        "the best in our industry", "a source of steady growth",
    ]

    static let tags = [
        "成長", "顧客体験", "効率化", "品質", "採用", "ブランド", "DX", "新規開拓",
        "growth", "retention", "platform", "quality", "efficiency",
    ]

    static let slugWords = [
        "growth", "retention", "quality", "speed", "brand", "hiring", "platform", "revenue",
        "onboarding", "pipeline", "support", "security", "data", "pricing", "partners", "culture",
    ]

    // MARK: Key results

    struct Metric {
        var ja: String
        var en: String
        var unit: String
        var low: Double
        var high: Double
        var increasing: Bool
        var decimals: Bool
    }

    static let increasing: [Metric] = [
        Metric(ja: "新規顧客数", en: "new customers", unit: "社", low: 0, high: 40, increasing: true, decimals: false),
        Metric(ja: "月間アクティブユーザー数", en: "monthly active users", unit: "人", low: 1000, high: 20000, increasing: true, decimals: false),
        Metric(ja: "商談件数", en: "qualified opportunities", unit: "件", low: 10, high: 200, increasing: true, decimals: false),
        Metric(ja: "NPS", en: "NPS", unit: "pt", low: 10, high: 40, increasing: true, decimals: false),
        Metric(ja: "リピート率", en: "repeat rate", unit: "%", low: 30, high: 60, increasing: true, decimals: false),
        Metric(ja: "有料会員数", en: "paying members", unit: "人", low: 200, high: 5000, increasing: true, decimals: false),
        Metric(ja: "月間売上", en: "monthly revenue", unit: "万円", low: 500, high: 5000, increasing: true, decimals: false),
        Metric(ja: "自動テストのカバレッジ", en: "test coverage", unit: "%", low: 40, high: 70, increasing: true, decimals: false),
        Metric(ja: "採用数", en: "hires", unit: "人", low: 0, high: 15, increasing: true, decimals: false),
        Metric(ja: "CRM入力率", en: "CRM adoption", unit: "%", low: 50, high: 80, increasing: true, decimals: false),
    ]

    static let decreasing: [Metric] = [
        Metric(ja: "解約率", en: "monthly churn", unit: "%", low: 3, high: 8, increasing: false, decimals: true),
        Metric(ja: "平均応答時間", en: "median response time", unit: "時間", low: 12, high: 48, increasing: false, decimals: false),
        Metric(ja: "障害件数", en: "production incidents", unit: "件", low: 10, high: 40, increasing: false, decimals: false),
        Metric(ja: "リードタイム", en: "lead time", unit: "日", low: 20, high: 60, increasing: false, decimals: false),
        Metric(ja: "問い合わせ1件あたりのコスト", en: "cost per ticket", unit: "円", low: 800, high: 3000, increasing: false, decimals: false),
        Metric(ja: "ページ表示時間", en: "page load time", unit: "ms", low: 800, high: 3000, increasing: false, decimals: false),
        Metric(ja: "月間残業時間", en: "monthly overtime", unit: "時間", low: 20, high: 45, increasing: false, decimals: false),
    ]

    static let jaMilestones = [
        "新しいCRMを全社に導入する", "パートナーポータルを公開する", "評価制度の改定案を承認する",
        "次期プラットフォームへの移行を完了する", "オンボーディング手順書を整備する", "請求システムを刷新する",
    ]
    static let enMilestones = [
        "Launch the partner portal", "Ship the new billing system", "Roll out single sign-on to all teams",
        "Publish the data catalogue", "Complete the migration to the new platform", "Open the help centre",
    ]

    static let jaNotes = [
        "展示会経由の案件が増えた", "施策の効果が出始めた", "休暇期間で一時的に停滞", "新機能のリリースで改善",
        "計測方法を見直した", "大型案件が翌月にずれた", "チームの体制を変更した",
    ]
    static let enNotes = [
        "Campaign started", "Holiday slowdown", "New release helped", "Measurement fixed",
        "Two big deals slipped", "Team reorganised",
    ]

    // MARK: Body text

    static let jaSentences = [
        "前の四半期は、施策が部署ごとに分かれていて、顧客から見ると一貫した体験になっていませんでした。",
        "現場の声を聞くと、情報がスプレッドシートと個人のメモに分散していることが最大の課題でした。",
        "この目標では、数字で次の一手を決められるチームになることを目指します。",
        "毎週のチェックインで進捗と自信度を確認し、遅れている主要な結果には早めに手を打ちます。",
        "顧客との接点を一つずつ見直し、迷わせる手順や重複した連絡をなくしていきます。",
        "他部署との連携が成功の鍵です。週に一度、関係するチームと短い同期の場を持ちます。",
        "達成できなかった場合も、何が障害だったのかを記録し、次の四半期に活かします。",
        "小さく試して、効果のあった施策だけを全体に広げるという進め方を徹底します。",
        "数字だけでなく、顧客の具体的な声を毎週のミーティングで共有することにしました。",
        "担当者が一人で抱え込まないよう、主要な結果ごとに副担当を決めています。",
        "優先度の低い依頼は思い切って断り、この目標に使う時間を確保します。",
        "四半期の途中で前提が変わった場合は、目標そのものを見直すことも選択肢に入れます。",
    ]
    static let enSentences = [
        "Last quarter our initiatives were split across teams, and customers felt the seams.",
        "We will review every touchpoint and remove the steps that make people wait or guess.",
        "Progress and confidence are reviewed in the weekly check-in, and slipping key results get help early.",
        "Working with the neighbouring teams is the key to this objective, so we meet them once a week.",
        "If we miss a key result we write down what blocked us and carry the lesson into next quarter.",
        "We try things small first and only roll out what clearly works.",
        "Every key result has a second owner so that no one carries it alone.",
        "Low-priority requests are declined for now to keep time for this objective.",
    ]
    static let jaActions = [
        "顧客インタビューを10件行う", "週次の振り返りを定例化する", "ダッシュボードを作成する",
        "関係部署と役割分担を合意する", "手順書の初版を公開する", "予算の承認を得る",
        "パイロット導入の結果をまとめる", "失注理由の分類を統一する",
    ]
    static let enActions = [
        "Interview ten customers", "Set up the weekly review", "Build the dashboard",
        "Agree on roles with the partner teams", "Publish the first version of the playbook",
        "Get the budget approved", "Write up the pilot results",
    ]
    static let jaRetrospectives = [
        "**成功要因**：早い段階で関係部署を巻き込んだことで、施策の立ち上がりが速かった。",
        "**改善すべき点**：計測の仕組みづくりが遅れ、前半は進捗を正しく把握できなかった。",
        "**次の四半期へ**：効果のあった施策を標準の手順に組み込み、担当を広げる。",
        "Weekly check-ins kept the team honest about confidence; we will keep them.",
    ]
}
