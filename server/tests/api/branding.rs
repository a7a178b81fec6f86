//! Branding through the server: logo uploads with real images of each
//! accepted type and with hostile files, the public logo and style sheet
//! with their headers, and the Content-Security-Policy of pages.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, RgbaImage};
use reqwest::Method;

use crate::helpers::{DEMO_PASSWORD, DEMO_PATH, TestApp, browser, send, signed_in_as, spawn_app};

pub(crate) fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let image = RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, (y % 256) as u8, 128, 255])
    });
    let image = if format == ImageFormat::Jpeg {
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(image).to_rgb8())
    } else {
        DynamicImage::ImageRgba8(image)
    };
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), format)
        .unwrap();
    bytes
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A real, small PNG whose header claims `width` × `height` 16-bit RGBA
/// pixels: opening it would need gigabytes.
fn decompression_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut png = picture(8, 8, ImageFormat::Png);
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    png[24] = 16; // bit depth
    png[25] = 6; // RGBA
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

pub(crate) async fn upload(
    client: &reqwest::Client,
    app: &TestApp,
    name: &str,
    bytes: Vec<u8>,
) -> (u16, String) {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_owned())
        .mime_str("image/png")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("logo", part);
    let response = app
        .post_multipart_as(client, "/t/adatum/branding/logo", form)
        .await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location)
}

async fn logo(app: &TestApp) -> reqwest::Response {
    app.get("/branding/adatum/logo").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logos_of_each_type_are_re_encoded_scaled_and_served_safely() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(logo(&app).await.status(), 404, "no logo yet");

    for (format, name, served_as) in [
        (ImageFormat::Png, "logo.png", "image/png"),
        (ImageFormat::Jpeg, "logo.jpg", "image/jpeg"),
        (ImageFormat::Gif, "logo.gif", "image/png"),
        (ImageFormat::WebP, "logo.webp", "image/png"),
    ] {
        let (status, location) = upload(&admin, &app, name, picture(1024, 300, format)).await;
        assert_eq!(
            (status, location.as_str()),
            (303, "/t/adatum/branding?logo=saved"),
            "{name}"
        );
        let response = logo(&app).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(headers["content-type"], served_as, "{name}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(
            headers["cache-control"], "no-cache",
            "the plain address is always checked"
        );
        let etag = headers["etag"].to_str().unwrap().to_owned();
        let bytes = response.bytes().await.unwrap();
        let served = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (served.width(), served.height()),
            (512, 150),
            "{name}: scaled to 512 wide"
        );
        let again = send(
            app.request(Method::GET, "/branding/adatum/logo")
                .header("if-none-match", &etag),
        )
        .await;
        assert_eq!(again.status(), 304, "revalidated by its ETag");
    }

    // The survey page and the dashboard show it.
    let page = app.get(DEMO_PATH).await.text().await.unwrap();
    assert!(
        page.contains("<img src=\"/branding/adatum/logo?v="),
        "{page}"
    );
    assert!(page.contains("alt=\"Adatum Ltd. logo\""));
    let versioned = page
        .split("<img src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let response = app.get(&versioned).await;
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age"),
        "an address with the version may be kept a while"
    );

    let (status, _) = app
        .call_as(&admin, "remove_tenant_logo", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200);
    assert_eq!(logo(&app).await.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_and_oversized_files_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = upload(&admin, &app, "logo.png", picture(64, 64, ImageFormat::Png)).await;
    assert_eq!(status, 303);
    let before = logo(&app).await.headers()["etag"].clone();

    let truncated = {
        let png = picture(256, 256, ImageFormat::Png);
        png[..png.len() / 2].to_vec()
    };
    let oversized = {
        // A valid PNG padded past 1 MiB.
        let mut png = picture(16, 16, ImageFormat::Png);
        png.resize(1024 * 1024 + 10, 0);
        png
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "logo.png",
            b"<html><body><script>alert(1)</script></body></html>".to_vec(),
            "not-an-image",
        ),
        (
            "logo.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec(),
            "not-an-image",
        ),
        (
            "logo.pdf",
            b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".to_vec(),
            "not-an-image",
        ),
        (
            "logo.bmp",
            [b"BM".as_slice(), &[0u8; 64]].concat(),
            "not-an-image",
        ),
        ("logo.png", truncated, "damaged"),
        (
            "bomb.png",
            decompression_bomb(20_000, 20_000),
            "too-many-pixels",
        ),
        (
            "bomb.png",
            decompression_bomb(4096, 4096),
            "too-many-pixels",
        ),
        ("big.png", oversized, "too-large"),
        ("empty.png", Vec::new(), "empty"),
    ];
    for (name, bytes, code) in cases {
        let (status, location) = upload(&admin, &app, name, bytes).await;
        assert_eq!(status, 303, "{name}");
        assert_eq!(
            location,
            format!("/t/adatum/branding?logo_error={code}"),
            "{name}"
        );
        assert_eq!(
            logo(&app).await.headers()["etag"],
            before,
            "{name} changed nothing"
        );
    }

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = upload(&creator, &app, "logo.png", picture(8, 8, ImageFormat::Png)).await;
    assert_eq!(status, 403, "Survey Creators cannot change branding");
    let (status, location) = upload(
        &browser(),
        &app,
        "logo.png",
        picture(8, 8, ImageFormat::Png),
    )
    .await;
    assert_eq!((status, location.as_str()), (303, "/t/adatum/login"));
    assert_eq!(logo(&app).await.headers()["etag"], before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_style_sheet_is_validated_stored_rewritten_and_served_after_the_base() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let css = "#surveyTitle h1 { color: red }";
    let (status, stored) = app
        .call_as(
            &admin,
            "save_tenant_stylesheet",
            &[("tenant", "adatum"), ("css", css)],
        )
        .await;
    assert_eq!(status, 200, "{stored}");
    assert_eq!(stored, "#surveyTitle h1 {\n  color: #ff0000;\n}\n");

    let response = app.get("/branding/adatum/style.css").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/css; charset=utf-8"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert!(response.headers().contains_key("etag"));
    assert_eq!(
        response.text().await.unwrap(),
        "#surveyTitle h1 {\n  color: #ff0000;\n}\n"
    );

    // Bad input: every problem reported, nothing stored.
    let hostile = "#surveyTitle h1 { color: blue }\nbody { background: url(https://evil.example/x) }\n@import 'x.css';";
    let (status, refused) = app
        .call_as(
            &admin,
            "save_tenant_stylesheet",
            &[("tenant", "adatum"), ("css", hostile)],
        )
        .await;
    assert_eq!(status, 422, "{refused}");
    let text = refused.to_string();
    assert!(
        text.contains("Line 2, column 20: background: url() is not allowed"),
        "{text}"
    );
    assert!(
        text.contains("Line 3, column 1: At-rules such as @import are not allowed"),
        "{text}"
    );
    let served = app
        .get("/branding/adatum/style.css")
        .await
        .text()
        .await
        .unwrap();
    assert!(served.contains("#ff0000"), "unchanged: {served}");

    // Public pages link it after the base style sheet, under a strict policy.
    let response = app.get(DEMO_PATH).await;
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let page = response.text().await.unwrap();
    let base = page.find("/pkg/tailspin.css").expect("base style sheet");
    let tenant = page
        .find("/branding/adatum/style.css")
        .expect("tenant style sheet");
    assert!(base < tenant, "the tenant's rules come after the base ones");
    for directive in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "style-src 'self'",
        "form-action 'self'",
    ] {
        assert!(policy.contains(directive), "{policy}");
    }
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce");
    assert!(
        page.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries the nonce"
    );
    assert!(!page.contains("style=\""), "no inline styles");

    let creator = signed_in_as(
        &app,
        "/t/adatum/login",
        "creator@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, _) = app
        .call_as(
            &creator,
            "save_tenant_stylesheet",
            &[("tenant", "adatum"), ("css", "")],
        )
        .await;
    assert_eq!(status, 403);
}

/// The tenant's style sheet is for what respondents see, and for the
/// preview's document: never for the pages its people work in, whose
/// policy also forbids framing (only the preview's document may be framed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tenant_style_sheet_reaches_respondents_and_the_preview_only() {
    let app = spawn_app().await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, stored) = app
        .call_as(
            &admin,
            "save_tenant_stylesheet",
            &[("tenant", "adatum"), ("css", "body { color: red }")],
        )
        .await;
    assert_eq!(status, 200, "{stored}");
    // The link itself: page data may name the sheet's address as text.
    let link = r#"id="tenant-style""#;
    let survey = "/t/adatum/surveys/customer-satisfaction";
    let signed_out = app.get("/t/adatum/login").await.text().await.unwrap();
    assert!(
        !signed_out.contains(link),
        "the sign-in page is the subscriber's, not the respondents'"
    );
    for path in [
        "/t/adatum".to_owned(),
        "/t/adatum/users".to_owned(),
        "/t/adatum/branding".to_owned(),
        "/t/adatum/export".to_owned(),
        "/t/adatum/settings/sign-in".to_owned(),
        format!("{survey}/edit"),
        format!("{survey}/preview"),
        format!("{survey}/results"),
        format!("{survey}/responses"),
    ] {
        let response = app.get_as(&admin, &path).await;
        assert_eq!(response.status(), 200, "{path}");
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        let page = response.text().await.unwrap();
        assert!(
            !page.contains(link),
            "{path} links the tenant's style sheet"
        );
    }
    let preview = app.get_as(&admin, &format!("{survey}/preview")).await;
    assert!(
        preview
            .text()
            .await
            .unwrap()
            .contains(&format!("src=\"{survey}/preview/document\"")),
        "the preview frames its document"
    );
    let document = app
        .get_as(&admin, &format!("{survey}/preview/document"))
        .await;
    assert_eq!(document.status(), 200);
    let policy = document.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("frame-ancestors 'self'"), "{policy}");
    let page = document.text().await.unwrap();
    assert!(page.contains(link), "the preview's document is styled");
    assert!(
        page.contains("/pkg/designer"),
        "the designer's bundle hydrates the preview's document"
    );
    for path in [
        DEMO_PATH.to_owned(),
        "/s/adatum".to_owned(),
        format!("{DEMO_PATH}/thanks"),
    ] {
        let page = app.get(&path).await.text().await.unwrap();
        assert!(page.contains(link), "{path} lacks the tenant's style sheet");
    }
    // Who may open the preview's document: the authorization matrix.
}

/// Azurite's published development account (not a secret).
pub(crate) const AZURITE_ACCOUNT: &str = "devstoreaccount1";
pub(crate) const AZURITE_KEY: &str =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/// The Azure Blob Storage emulator the test command starts (container
/// `tailspin`); required when TAILSPIN_REQUIRE_AZURITE=1.
pub(crate) fn azurite_endpoint() -> Option<String> {
    let endpoint = std::env::var("TEST_AZURE_BLOB_ENDPOINT").ok();
    assert!(
        endpoint.is_some() || std::env::var("TAILSPIN_REQUIRE_AZURITE").as_deref() != Ok("1"),
        "TAILSPIN_REQUIRE_AZURITE=1 but TEST_AZURE_BLOB_ENDPOINT is not set"
    );
    endpoint
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logos_live_in_azure_blob_storage_when_configured() {
    use futures_util::TryStreamExt;
    use object_store::ObjectStore;

    let Some(endpoint) = azurite_endpoint() else {
        return;
    };
    let prefix = uuid::Uuid::new_v4().simple().to_string();
    let options = vec![
        (
            "azure_storage_account_name".to_owned(),
            AZURITE_ACCOUNT.to_owned(),
        ),
        (
            "azure_storage_account_key".to_owned(),
            AZURITE_KEY.to_owned(),
        ),
        ("azure_storage_endpoint".to_owned(), endpoint),
        ("azure_allow_http".to_owned(), "true".to_owned()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let local_blobs = dir.path().join("blobs");
    let url = format!("sqlite://{}/tailspin.db", dir.path().display());
    let app = crate::helpers::spawn_app_with(url, dir, |settings| {
        settings.blob_store_url = Some(format!("az://tailspin/{prefix}"));
        settings.blob_store_options = options.clone();
    })
    .await;
    let admin = signed_in_as(
        &app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    let (status, location) = upload(
        &admin,
        &app,
        "logo.png",
        picture(800, 800, ImageFormat::Png),
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/t/adatum/branding?logo=saved")
    );
    let served = image::load_from_memory(&logo(&app).await.bytes().await.unwrap()).unwrap();
    assert_eq!((served.width(), served.height()), (512, 512));

    // The image is in the emulator under the prefix, not on local disk.
    let azure = object_store::parse_url_opts(&url::Url::parse("az://tailspin").unwrap(), options)
        .unwrap()
        .0;
    let listed = |azure: std::sync::Arc<dyn ObjectStore>| {
        let prefix = object_store::path::Path::from(prefix.as_str());
        async move {
            azure
                .list(Some(&prefix))
                .map_ok(|meta| meta.location.to_string())
                .try_collect::<Vec<_>>()
                .await
                .unwrap()
        }
    };
    let azure: std::sync::Arc<dyn ObjectStore> = std::sync::Arc::from(azure);
    let stored = listed(azure.clone()).await;
    let everything: Vec<String> = azure
        .list(None)
        .map_ok(|m| m.location.to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(stored.len(), 1, "{stored:?} of {everything:?}");
    assert!(
        stored[0].starts_with(&format!("{prefix}/tenants/")),
        "{stored:?}"
    );
    assert!(!local_blobs.exists() || std::fs::read_dir(&local_blobs).unwrap().next().is_none());

    let (status, _) = app
        .call_as(&admin, "remove_tenant_logo", &[("tenant", "adatum")])
        .await;
    assert_eq!(status, 200);
    assert!(
        listed(azure).await.is_empty(),
        "the removed logo is deleted from the store"
    );
}

/// Saving an empty box clears the style sheet (it is not an error), on
/// both engines.
async fn an_empty_style_sheet_clears_the_stored_one(app: &TestApp) {
    let admin = signed_in_as(
        app,
        "/t/adatum/login",
        "admin@adatum.example",
        DEMO_PASSWORD,
    )
    .await;
    for (css, expected) in [
        ("body { color: red }", "body {\n  color: #ff0000;\n}\n"),
        ("", ""),
        ("  \n ", ""),
    ] {
        let (status, stored) = app
            .call_as(
                &admin,
                "save_tenant_stylesheet",
                &[("tenant", "adatum"), ("css", css)],
            )
            .await;
        assert_eq!(status, 200, "{css:?}: {stored}");
        assert_eq!(stored, expected);
        let served = app.get("/branding/adatum/style.css").await;
        assert_eq!(served.status(), 200);
        assert_eq!(served.text().await.unwrap(), expected);
    }
    let page = app.get("/s/adatum/customer-satisfaction").await;
    assert_eq!(page.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_style_sheet_clears_the_stored_one_on_sqlite() {
    an_empty_style_sheet_clears_the_stored_one(&spawn_app().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_style_sheet_clears_the_stored_one_on_postgresql() {
    let Some(app) = crate::helpers::spawn_postgres_app().await else {
        return;
    };
    an_empty_style_sheet_clears_the_stored_one(&app).await;
}
