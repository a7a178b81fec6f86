use proptest::prelude::*;

use super::*;

fn accepted(css: &str) -> String {
    match TenantStylesheet::parse(css) {
        Ok(sheet) => sheet.to_css(),
        Err(problems) => panic!("refused {css:?}: {problems:?}"),
    }
}

fn refused(css: &str) -> Vec<StyleProblem> {
    match TenantStylesheet::parse(css) {
        Ok(sheet) => panic!("accepted {css:?} as {:?}", sheet.to_css()),
        Err(problems) => problems,
    }
}

#[test]
fn a_plain_sheet_is_written_out_canonically() {
    let css = "#surveyTitle h1 { color: RED; font-size: 2.50em }\n\
               body{background-color:rgb(255 255 240);font-family:Open Sans, 'Segoe UI', sans-serif}\n\
               .stars span.rating-over { color: hsl(45, 100%, 50%) }\n\
               #surveyForm .option input[type='radio'] { margin: 0 4px 0 0; border: 1px solid #336 }";
    assert_eq!(
        accepted(css),
        "#surveyTitle h1 {\n  color: #ff0000;\n  font-size: 2.5em;\n}\n\
         body {\n  background-color: #fffff0;\n  font-family: \"Open Sans\", \"Segoe UI\", sans-serif;\n}\n\
         .stars span.rating-over {\n  color: #ffbf00;\n}\n\
         #surveyForm .option input[type=\"radio\"] {\n  margin: 0 4px 0 0;\n  border: 1px solid #333366;\n}\n"
    );
}

#[test]
fn selector_lists_comments_and_translucent_colors() {
    assert_eq!(
        accepted(
            "/* brand */ #surveyForm ol li , .stars span span { color: rgba(0, 0, 0, 50%) ; }"
        ),
        "#surveyForm ol li, .stars span span {\n  color: rgba(0, 0, 0, 0.5);\n}\n"
    );
}

#[test]
fn problems_carry_line_and_column() {
    let problems = refused("body { color: red; }\n#surveyTitle h1 {\n  colour: blue;\n}");
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].line, problems[0].column), (3, 3));
    assert!(
        problems[0].message.contains("“colour” is not a property"),
        "{}",
        problems[0].message
    );

    let problems = refused("h2 { color: red }");
    assert_eq!((problems[0].line, problems[0].column), (1, 1));
    assert!(
        problems[0]
            .message
            .contains("“h2” is not one of the selectors")
    );
}

/// Hostile inputs, from the issue and from public CSS-injection cheat
/// sheets (OWASP, PortSwigger): each is refused.
const HOSTILE: &[&str] = &[
    "body { background: url(https://evil.example/x.png) }",
    "body { background: url('https://evil.example/x.png') }",
    "body { background-color: URL(javascript:alert(1)) }",
    "body { color: u\\72l(x) }",
    "body { background: \\75 rl(x) }",
    "@import url(https://evil.example/x.css);",
    "@import 'https://evil.example/x.css'; body { color: red }",
    "@media screen { body { color: red } }",
    "@font-face { font-family: x; src: url(x.woff) }",
    "@charset 'utf-8';",
    "@namespace svg url(http://www.w3.org/2000/svg);",
    "body { width: expression(alert(1)) }",
    "body { color: expression(alert(1)) }",
    "body { color: exp/**/ression(alert(1)) }",
    "body { behavior: url(x.htc) }",
    "body { -moz-binding: url(x.xml#xss) }",
    "body { -ms-behavior: url(x.htc) }",
    "body { beh\\61vior: url(x.htc) }",
    "body { color: red } </style><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "body { font-family: '</style><script>alert(1)</script>' }",
    "body { color: red",
    "body { color: red }}",
    "body { color: red; #surveyTitle h1 { color: blue } }",
    "body { color: (red }",
    "body { color: red; } /* never closed",
    "body { font-family: 'never closed }",
    "body { color: red !important }",
    "body { background-image: linear-gradient(red, blue) }",
    "body { content: 'x' }",
    "body { list-style-image: url(x) }",
    "body { cursor: url(x), auto }",
    "body { color: var(--x) }",
    "body { color: attr(data-x) }",
    "body { font-family: Behavior Sans }",
    "body { font-family: \"Expression\" }",
    "body { color: image-set(url(x) 1x) }",
    "body:hover { color: red }",
    "body > .site-header { color: red }",
    "* { color: red }",
    "a { color: red }",
    "input[type=password] { background: red }",
    "#surveyForm .option input[value^=a] { background: red }",
    "body { color: red; position: fixed; }",
    "body { margin: 0 0 0 0 0 }",
    "body { padding: -5px }",
    "body { font-size: 12furlongs }",
    "body { color: #12 }",
    "body { color: rgb(300, 0, 0) }",
    "body { }\u{0}",
    "body { color: red } @import url(x);",
    "<!-- body { color: red } -->",
    "body { color: red; } --> <script>",
    "body { color: javascript }",
];

#[test]
fn hostile_inputs_are_refused_with_a_reason() {
    for css in HOSTILE {
        let problems = refused(css);
        assert!(!problems.is_empty(), "{css}");
        for problem in &problems {
            assert!(
                problem.line >= 1 && problem.column >= 1,
                "{css}: {problem:?}"
            );
            assert!(!problem.message.is_empty(), "{css}");
        }
    }
}

#[test]
fn the_reasons_name_the_forbidden_construct() {
    let first = |css: &str| refused(css)[0].message.clone();
    assert!(first("body { background: url(x) }").contains("url()"));
    assert!(first("@import 'x.css';").contains("@import"));
    assert!(first("body { width: expression(1) }").contains("expression()"));
    assert!(first("body { behavior: x }").contains("can run code"));
    assert!(first("body { -moz-binding: x }").contains("can run code"));
    assert!(first("body { color: u\\72l(x) }").contains("Escapes"));
    assert!(first("body { color: red }</style>").contains("“<”"));
    assert!(first("body { color: red").contains("never closed"));
    assert!(first("body { color: red }}").contains("closes nothing"));
}

#[test]
fn limits_are_enforced() {
    let long = format!("body {{ color: red }}{}", " ".repeat(MAX_STYLESHEET_CHARS));
    assert!(refused(&long)[0].message.contains("at most"));
    let many = "body { color: red }\n".repeat(MAX_RULES + 1);
    assert!(refused(&many).iter().any(|p| p.message.contains("rules")));
}

#[test]
fn scoped_rules_confine_the_preview() {
    let sheet = TenantStylesheet::parse("body, #surveyTitle h1 { color: red }").unwrap();
    assert_eq!(
        sheet.scoped_rules(".branding-preview"),
        vec![".branding-preview, .branding-preview #surveyTitle h1 { color: #ff0000; }".to_owned()]
    );
}

fn assert_clean(output: &str) {
    let lower = output.to_ascii_lowercase();
    for bad in FORBIDDEN_IN_OUTPUT {
        assert!(!lower.contains(bad), "output contains {bad:?}: {output}");
    }
}

/// Pieces that make plausible (and implausible) style sheets.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(ALLOWED_SELECTORS.to_vec()).prop_map(str::to_owned),
        prop::sample::select(vec![
            "{",
            "}",
            ";",
            ":",
            ",",
            " ",
            "\n",
            "(",
            ")",
            "'",
            "\"",
            "/*",
            "*/",
            "!important",
            "url(",
            "@import",
            "expression(",
            "behavior",
            "-moz-binding",
            "\\",
            "<",
            "</style>",
            "#",
            ".",
            "[",
            "]",
            "=",
            "radio",
            "type",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(allowed_properties().collect::<Vec<_>>()).prop_map(str::to_owned),
        prop::sample::select(vec![
            "red",
            "#abc",
            "#a0b1c2d3",
            "rgb(1, 2, 3)",
            "rgba(1 2 3 / 40%)",
            "hsl(120 50% 50%)",
            "12px",
            "-3em",
            "0",
            "1.5",
            "50%",
            "bold",
            "700",
            "solid",
            "thin",
            "underline",
            "wavy",
            "\"Open Sans\"",
            "serif",
            "Georgia",
            "auto",
            "center",
            "uppercase",
            "transparent",
            "xx-large",
        ])
        .prop_map(str::to_owned),
        "[ -~]{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn accepted_output_is_clean_and_a_fixed_point(pieces in prop::collection::vec(piece(), 0..40)) {
        let css = pieces.concat();
        if let Ok(sheet) = TenantStylesheet::parse(&css) {
            let output = sheet.to_css();
            assert_clean(&output);
            let again = TenantStylesheet::parse(&output).expect("the output validates");
            prop_assert_eq!(again.to_css(), output);
            for rule in sheet.scoped_rules(".branding-preview") {
                assert_clean(&rule);
            }
        }
    }

    #[test]
    fn well_formed_sheets_round_trip(
        rules in prop::collection::vec(
            (
                prop::sample::select(ALLOWED_SELECTORS.to_vec()),
                prop::collection::vec(
                    prop::sample::select(vec![
                        "color: teal", "background-color: #fafafa", "font-size: 1.25rem",
                        "font-weight: 600", "text-align: center", "line-height: 1.4",
                        "margin: 0 auto", "padding: 4px 8px", "border: 2px dashed navy",
                        "border-radius: 6px", "text-decoration: underline wavy red",
                        "font-family: Georgia, serif", "font-style: italic",
                    ]),
                    1..5,
                ),
            ),
            1..8,
        )
    ) {
        let css: String = rules
            .iter()
            .map(|(selector, declarations)| format!("{selector} {{ {} }}\n", declarations.join("; ")))
            .collect();
        let sheet = TenantStylesheet::parse(&css).expect("valid");
        let output = sheet.to_css();
        assert_clean(&output);
        prop_assert_eq!(TenantStylesheet::parse(&output).unwrap().to_css(), output);
    }
}
