window.okraSearchIndex = {"schema":"okra-search/1",
"language":"en",
"periods":[["2026-Q3","FY2026 Q3"],["2026-Q2","FY2026 Q2"]],
"units":{"company":"Acme Inc.","sales":"Sales","marketing":"Marketing"},
"health":{"on_track":"on track","at_risk":"at risk","off_track":"off track","done":"done","dropped":"dropped"},
"bands":{"red":"red","yellow":"yellow","green":"green"},
"objectives":[
{"i":"2026-Q3/company/growth","t":"Build a second pillar of revenue","p":"2026-Q3","u":"company","o":"Chris Chief","g":["growth"],"k":[["paying","Win the first paying customers of the new service"],["kr2","Launch the MVP"]],"r":"2026-Q3/company/growth.html","n":83,"s":83,"b":"green","h":"on_track"},
{"i":"2026-Q3/marketing/leads","t":"Make the new service known to its buyers","p":"2026-Q3","u":"marketing","o":"Bob Brand","k":[["mql","Raise marketing-qualified leads"],["kr2","Publish case studies"]],"r":"2026-Q3/marketing/leads.html","n":63,"s":63,"b":"yellow","h":"on_track"},
{"i":"2026-Q3/sales/pipeline","t":"Grow a healthy pipeline for the new service","p":"2026-Q3","u":"sales","o":"Ann Seller","k":[["meetings","Hold meetings with decision makers"],["lead-time","Cut proposal-to-close time","Bob Brand"]],"r":"2026-Q3/sales/pipeline.html","n":44,"s":44,"b":"yellow","h":"off_track"},
{"i":"2026-Q2/sales/pipeline","t":"Prepare the sales team for the new service","p":"2026-Q2","u":"sales","o":"Ann Seller","k":[["kr1","Train every seller"],["kr2","Write the sales playbook"]],"r":"2026-Q2/sales/pipeline.html","n":92,"s":65,"b":"yellow","h":"at_risk"}
]};
