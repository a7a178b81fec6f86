//! Sharing a published survey: its public address, a QR code of it (SVG and
//! PNG), the snippet that embeds it in another website, and the websites a
//! tenant's Administrators allow to embed its surveys (they become the
//! `frame-ancestors` of its survey pages; every other page keeps `'none'`).

use qrcode::QrCode;
use qrcode::render::svg;

use crate::auth::{TenantAccess, TenantScope};
use crate::domain::{EmbedOrigins, ProofOfWork, Slug, SurveyStatus};
use crate::error::{AppError, FieldProblem};
use crate::markdown::escape_html;
use crate::storage::Database;
use crate::storage::surveys::{StoredSurvey, find_survey_by_slug};
use crate::storage::tenants::{find_tenant_by_alias, set_embed_origins};

/// What the share page shows of one survey.
pub struct SharePanel {
    pub title: String,
    pub status: SurveyStatus,
    pub public_url: String,
    /// HTML to paste into another website; shown as text.
    pub embed_snippet: String,
    pub embed_origins: EmbedOrigins,
    /// The proof-of-work challenge of its public link.
    pub proof_of_work: ProofOfWork,
}

/// The share panel of `slug`; a draft has one too (the page says to
/// publish it first), another tenant's survey is not found.
pub async fn share_panel(
    db: &Database,
    access: &TenantAccess,
    slug: &str,
    base_url: &str,
) -> Result<SharePanel, AppError> {
    let (survey, public_url) = survey_address(db, &access.scope, slug, base_url).await?;
    let tenant = find_tenant_by_alias(db, access.scope.alias())
        .await?
        .ok_or(AppError::NotFound)?;
    let title = survey.survey.title;
    Ok(SharePanel {
        embed_snippet: embed_snippet(base_url, &public_url, &title, slug),
        title,
        status: survey.survey.status,
        public_url,
        embed_origins: tenant.embed_origins,
        proof_of_work: survey.proof_of_work,
    })
}

/// The public address of a survey that respondents can open (published or
/// closed: a closed survey's address says so); a draft has none yet.
pub async fn public_address(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    base_url: &str,
) -> Result<String, AppError> {
    let (survey, url) = survey_address(db, scope, slug, base_url).await?;
    if survey.survey.status == SurveyStatus::Draft {
        return Err(AppError::BadRequest(
            crate::i18n::Message::new("msg-sharing-draft-no-address").in_page_language(),
        ));
    }
    Ok(url)
}

async fn survey_address(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    base_url: &str,
) -> Result<(StoredSurvey, String), AppError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let survey = find_survey_by_slug(db, scope, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let url = format!("{}{}", base_url.trim_end_matches('/'), survey.survey.path());
    Ok((survey, url))
}

/// The frame, sized by the height the survey page reports, and the few
/// lines that listen for it (only from this frame, only from this site).
fn embed_snippet(base_url: &str, public_url: &str, title: &str, slug: &str) -> String {
    // What `MessageEvent.origin` says of this site's pages.
    let origin = url::Url::parse(base_url)
        .map(|url| url.origin().ascii_serialization())
        .unwrap_or_default();
    let id = format!("tailspin-{slug}");
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" loading=\"lazy\" \
         style=\"width:100%;height:640px;border:0\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", function (e) {{\n  \
         var f = document.getElementById(\"{id}\");\n  \
         if (f && e.source === f.contentWindow && e.origin === \"{origin}\" &&\n      \
         e.data && typeof e.data.tailspinHeight === \"number\") {{\n    \
         f.style.height = Math.ceil(e.data.tailspinHeight) + \"px\";\n  \
         }}\n\
         }});\n\
         </script>",
        src = escape_html(public_url),
        title = escape_html(title),
        origin = origin.replace(['"', '\\', '<'], ""),
    )
}

/// Administrators (the adapter checks the role) list the websites that may
/// embed the tenant's surveys; bad input is refused by field and changes
/// nothing.
pub async fn save_embed_origins(
    db: &Database,
    access: &TenantAccess,
    typed: &str,
) -> Result<EmbedOrigins, AppError> {
    let origins = EmbedOrigins::parse(typed)
        .map_err(|message| AppError::Invalid(vec![FieldProblem::new("embed_origins", message)]))?;
    set_embed_origins(db, &access.scope, &origins).await?;
    tracing::info!(
        tenant = %access.scope.alias(),
        websites = origins.as_slice().len(),
        "embedding websites changed"
    );
    Ok(origins)
}

/// The origins that may frame `alias`'s survey pages; none for a tenant
/// that is not live.
pub async fn frame_ancestors(db: &Database, alias: &str) -> Result<EmbedOrigins, AppError> {
    let Ok(alias) = crate::domain::TenantAlias::parse(alias) else {
        return Ok(EmbedOrigins::default());
    };
    Ok(find_tenant_by_alias(db, &alias)
        .await?
        .filter(|tenant| tenant.status == crate::domain::TenantStatus::Active)
        .map(|tenant| tenant.embed_origins)
        .unwrap_or_default())
}

fn qr(url: &str) -> Result<QrCode, AppError> {
    QrCode::new(url.as_bytes()).map_err(|e| AppError::internal("QR code", e))
}

/// The QR code as SVG: black modules on white, with the quiet zone.
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    Ok(qr(url)?
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

/// The QR code as PNG, large enough to print.
pub fn qr_png(url: &str) -> Result<Vec<u8>, AppError> {
    let image = qr(url)?
        .render::<image::Luma<u8>>()
        .min_dimensions(600, 600)
        .build();
    let mut png = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| AppError::internal("QR code PNG", e))?;
    Ok(png.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_keeps_a_hostile_title_inside_its_attribute() {
        let snippet = embed_snippet(
            "https://surveys.example.com",
            "https://surveys.example.com/s/adatum/pulse",
            "\"><script>alert(1)</script>",
            "pulse",
        );
        assert!(snippet.contains("title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assert_eq!(
            snippet.matches("<script>").count(),
            1,
            "only the snippet's own"
        );
        assert!(snippet.contains("e.origin === \"https://surveys.example.com\""));
        assert!(snippet.contains("src=\"https://surveys.example.com/s/adatum/pulse\""));
    }

    #[test]
    fn qr_codes_are_an_svg_and_a_png() {
        let svg = qr_svg("https://surveys.example.com/s/adatum/pulse").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"));
        let png = qr_png("https://surveys.example.com/s/adatum/pulse").unwrap();
        let decoded = image::load_from_memory(&png).unwrap();
        assert!(decoded.width() >= 600 && decoded.width() == decoded.height());
    }
}
