//! The customer-satisfaction survey in German, Spanish and Arabic, so the
//! demo shows a survey respondents read in their own language.

use std::collections::BTreeMap;

use crate::domain::PublicSurvey;
use crate::domain::survey_languages::{SurveyLanguages, TranslatedText};
use crate::domain::survey_texts::survey_texts;

/// Each English text of the survey, then German, Spanish and Arabic.
const TEXTS: [(&str, [&str; 3]); 11] = [
    (
        "Customer satisfaction",
        [
            "Kundenzufriedenheit",
            "Satisfacción del cliente",
            "رضا العملاء",
        ],
    ),
    (
        "Tell us how we did. It takes **less than a minute**.",
        [
            "Sagen Sie uns, wie wir waren. Es dauert **weniger als eine Minute**.",
            "Cuéntenos qué tal lo hicimos. Le llevará **menos de un minuto**.",
            "أخبرنا بتقييمك لأدائنا. لن يستغرق ذلك **أكثر من دقيقة**.",
        ],
    ),
    (
        "How satisfied are you with our service overall?",
        [
            "Wie zufrieden sind Sie insgesamt mit unserem Service?",
            "¿Qué tan satisfecho está, en general, con nuestro servicio?",
            "ما مدى رضاك عن خدمتنا بشكل عام؟",
        ],
    ),
    (
        "Very unsatisfied",
        ["Sehr unzufrieden", "Muy insatisfecho", "غير راضٍ إطلاقًا"],
    ),
    (
        "Very satisfied",
        ["Sehr zufrieden", "Muy satisfecho", "راضٍ جدًا"],
    ),
    (
        "Which channel did you use to contact us?",
        [
            "Auf welchem Weg haben Sie uns kontaktiert?",
            "¿Por qué canal se puso en contacto con nosotros?",
            "ما الوسيلة التي استخدمتها للتواصل معنا؟",
        ],
    ),
    ("Phone", ["Telefon", "Teléfono", "الهاتف"]),
    (
        "Email",
        ["E-Mail", "Correo electrónico", "البريد الإلكتروني"],
    ),
    ("Chat", ["Chat", "Chat", "الدردشة"]),
    ("In person", ["Persönlich", "En persona", "شخصيًا"]),
    (
        "What could we do better?",
        [
            "Was könnten wir besser machen?",
            "¿Qué podríamos hacer mejor?",
            "ما الذي يمكننا تحسينه؟",
        ],
    ),
];

/// `survey`'s languages: written in English, translated into German,
/// Spanish and Arabic.
pub fn demo_languages(survey: &PublicSurvey) -> SurveyLanguages {
    let mut languages = SurveyLanguages::default_english();
    for (index, code) in ["de", "es", "ar"].into_iter().enumerate() {
        let translation: BTreeMap<String, TranslatedText> = survey_texts(survey)
            .into_iter()
            .filter_map(|text| {
                let (_, translated) = TEXTS.iter().find(|(english, _)| *english == text.text)?;
                Some((
                    text.place,
                    TranslatedText {
                        source: text.text,
                        text: translated[index].to_owned(),
                    },
                ))
            })
            .collect();
        languages.translations.insert(code.to_owned(), translation);
    }
    languages
}
