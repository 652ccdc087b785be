//! The two fixed taxonomies of the atlas: fields of action (Handlungsfelder) and target groups
//! (Zielgruppen). Their codes are stable: imports, the API and URLs use them.

use serde::{Deserialize, Serialize};

use crate::ValueError;

/// Which of our taxonomies a term belongs to. In HSDS data the taxonomy is named
/// `integrationsatlas:handlungsfeld` or `integrationsatlas:zielgruppe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Taxonomy {
    FieldOfAction,
    TargetGroup,
}

impl Taxonomy {
    pub const FIELD_OF_ACTION_NAME: &'static str = "integrationsatlas:handlungsfeld";
    pub const TARGET_GROUP_NAME: &'static str = "integrationsatlas:zielgruppe";

    pub fn name(self) -> &'static str {
        match self {
            Self::FieldOfAction => Self::FIELD_OF_ACTION_NAME,
            Self::TargetGroup => Self::TARGET_GROUP_NAME,
        }
    }

    /// Our taxonomy for an HSDS taxonomy name, `None` for anybody else's taxonomy.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            Self::FIELD_OF_ACTION_NAME => Some(Self::FieldOfAction),
            Self::TARGET_GROUP_NAME => Some(Self::TargetGroup),
            _ => None,
        }
    }
}

macro_rules! taxonomy_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal, [$($variant:ident = $code:literal, $de:literal, $en:literal;)+]
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The stable code used in data, the API and URLs.
            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)+ }
            }
            pub fn label_de(self) -> &'static str {
                match self { $(Self::$variant => $de,)+ }
            }
            pub fn label_en(self) -> &'static str {
                match self { $(Self::$variant => $en,)+ }
            }
            pub fn parse(code: &str) -> Result<Self, ValueError> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(ValueError::new($kind, code, concat!("not one of: ", $($code, " "),+))),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = std::borrow::Cow::<'de, str>::deserialize(d)?;
                Self::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

taxonomy_enum!(
    /// A field of action (Handlungsfeld) of integration work.
    FieldOfAction, "field of action code", [
    InterculturalOpening = "interkulturelle-oeffnung", "Interkulturelle Öffnung", "Intercultural opening";
    LanguageSupport = "sprachfoerderung", "Sprachförderung", "Language support";
    Education = "bildung", "Bildung", "Education";
    Work = "arbeit", "Arbeit und Ausbildung", "Work and training";
    Housing = "wohnen", "Wohnen und Stadtteil", "Housing and neighbourhood";
    YouthSocial = "jugend-soziales", "Jugend und Soziales", "Youth and social affairs";
    Health = "gesundheit", "Gesundheit", "Health";
    Sport = "sport", "Sport", "Sport";
    CultureReligion = "kultur-religion", "Kultur und Religion", "Culture and religion";
    Participation = "teilhabe", "Teilhabe und Beteiligung", "Participation";
    Volunteering = "ehrenamt", "Ehrenamt", "Volunteering";
    AntiDiscrimination = "antidiskriminierung", "Antidiskriminierung", "Anti-discrimination";
]);

taxonomy_enum!(
    /// A target group (Zielgruppe) an offer is meant for.
    TargetGroup, "target group code", [
    Children = "kinder", "Kinder", "Children";
    Youth = "jugendliche", "Jugendliche", "Young people";
    Parents = "eltern", "Eltern", "Parents";
    Women = "frauen", "Frauen", "Women";
    Men = "maenner", "Männer", "Men";
    Seniors = "senioren", "Seniorinnen und Senioren", "Older people";
    Refugees = "gefluechtete", "Geflüchtete", "Refugees";
    Newcomers = "neuzugewanderte", "Neuzugewanderte", "Newcomers";
    SkilledWorkers = "fachkraefte", "Fachkräfte", "Skilled workers";
    Everyone = "alle", "Alle", "Everyone";
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_the_fixed_ones() {
        let codes: Vec<_> = FieldOfAction::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(
            codes,
            [
                "interkulturelle-oeffnung",
                "sprachfoerderung",
                "bildung",
                "arbeit",
                "wohnen",
                "jugend-soziales",
                "gesundheit",
                "sport",
                "kultur-religion",
                "teilhabe",
                "ehrenamt",
                "antidiskriminierung"
            ]
        );
        let groups: Vec<_> = TargetGroup::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(
            groups,
            [
                "kinder",
                "jugendliche",
                "eltern",
                "frauen",
                "maenner",
                "senioren",
                "gefluechtete",
                "neuzugewanderte",
                "fachkraefte",
                "alle"
            ]
        );
        for f in FieldOfAction::ALL {
            assert_eq!(FieldOfAction::parse(f.code()).unwrap(), *f);
        }
        for g in TargetGroup::ALL {
            assert_eq!(TargetGroup::parse(g.code()).unwrap(), *g);
        }
        let err = FieldOfAction::parse("sprachförderung").unwrap_err();
        assert!(
            err.to_string()
                .contains("not one of: interkulturelle-oeffnung")
        );
    }
}
