//! The shape shared by tenant aliases and survey slugs: URL path segments
//! made of lowercase ASCII letters, digits and single inner hyphens.

pub(super) enum ShapeProblem {
    Characters,
    Hyphens,
}

pub(super) fn check_url_word(input: &str) -> Result<(), ShapeProblem> {
    if !input
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(ShapeProblem::Characters);
    }
    if input.starts_with('-') || input.ends_with('-') || input.contains("--") {
        return Err(ShapeProblem::Hyphens);
    }
    Ok(())
}
