//! The fixed vocabularies of the content format: statuses, timeline events,
//! kinds of partner and activity, cooperation areas.
//!
//! Each word is the key of its interface string (`status-active`,
//! `area-culture`), so adding a word means adding it to every locale.

use serde::Serialize;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal, $prefix:literal { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What the word is called in error messages.
            pub const WHAT: &'static str = $what;

            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The key of the word's interface string.
            pub fn message_id(&self) -> String {
                format!("{}-{}", $prefix, self.as_str())
            }

            pub fn parse(word: &str) -> Result<$name, String> {
                match word.trim() {
                    $($word => Ok($name::$variant),)+
                    other => Err(format!(
                        "unknown {} `{}`; expected one of: {}",
                        $what,
                        other,
                        [$($word),+].join(", ")
                    )),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// Where a partnership stands.
    Status, "status", "status" {
        Prospect = "prospect",
        LetterOfIntent = "letter-of-intent",
        Negotiating = "negotiating",
        Active = "active",
        Suspended = "suspended",
        Ended = "ended",
    }
);

vocabulary!(
    /// A step in the history of a partnership.
    Event, "timeline event", "event" {
        Contact = "contact",
        LetterOfIntent = "letter-of-intent",
        Resolution = "resolution",
        Agreement = "agreement",
        Renewal = "renewal",
        Suspension = "suspension",
        Resumption = "resumption",
        Termination = "termination",
    }
);

vocabulary!(
    /// What kind of body a partner (or the home municipality) is.
    PartnerKind, "kind of partner", "kind" {
        City = "city",
        Municipality = "municipality",
        District = "district",
        County = "county",
        Region = "region",
        School = "school",
        Institution = "institution",
    }
);

vocabulary!(
    /// Cooperation areas.
    Area, "cooperation area", "area" {
        Culture = "culture",
        Education = "education",
        Sport = "sport",
        Youth = "youth",
        Seniors = "seniors",
        Social = "social",
        Environment = "environment",
        Economy = "economy",
        Tourism = "tourism",
        Administration = "administration",
        Heritage = "heritage",
        Health = "health",
        Science = "science",
    }
);

vocabulary!(
    /// What kind of activity took place.
    ActivityKind, "kind of activity", "activity" {
        Visit = "visit",
        StudyVisit = "study-visit",
        Exchange = "exchange",
        Festival = "festival",
        Event = "event",
        Project = "project",
        Conference = "conference",
        Other = "other",
    }
);

vocabulary!(
    /// Whether an activity happened.
    ActivityStatus, "activity status", "activity-status" {
        Planned = "planned",
        Done = "done",
        Cancelled = "cancelled",
    }
);

vocabulary!(
    /// How far a site meets the accessibility rules.
    Compliance, "accessibility status", "a11y-status" {
        Full = "full",
        Partial = "partial",
        None = "none",
    }
);

impl Status {
    /// The status a timeline leads to, read in date order. An agreement
    /// stays in force through later contacts or letters, so a letter of
    /// intent or a resolution only moves a partnership that is not active.
    pub fn from_timeline<'a>(events: impl IntoIterator<Item = &'a Event>) -> Status {
        let mut status = Status::Prospect;
        for event in events {
            status = match (event, status) {
                (Event::Contact, s) => s,
                (Event::LetterOfIntent, Status::Prospect) => Status::LetterOfIntent,
                (Event::Resolution, Status::Prospect | Status::LetterOfIntent) => {
                    Status::Negotiating
                }
                (Event::LetterOfIntent | Event::Resolution, s) => s,
                (Event::Agreement | Event::Renewal | Event::Resumption, _) => Status::Active,
                (Event::Suspension, _) => Status::Suspended,
                (Event::Termination, _) => Status::Ended,
            };
        }
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_list_the_allowed_ones() {
        let err = Status::parse("sleeping").unwrap_err();
        assert_eq!(
            err,
            "unknown status `sleeping`; expected one of: prospect, letter-of-intent, negotiating, active, suspended, ended"
        );
    }

    #[test]
    fn status_follows_the_timeline() {
        use Event::*;
        assert_eq!(Status::from_timeline(&[]), Status::Prospect);
        assert_eq!(Status::from_timeline(&[Contact]), Status::Prospect);
        assert_eq!(
            Status::from_timeline(&[LetterOfIntent]),
            Status::LetterOfIntent
        );
        assert_eq!(
            Status::from_timeline(&[LetterOfIntent, Resolution]),
            Status::Negotiating
        );
        assert_eq!(Status::from_timeline(&[Agreement, Contact]), Status::Active);
        assert_eq!(
            Status::from_timeline(&[Agreement, LetterOfIntent]),
            Status::Active
        );
        assert_eq!(
            Status::from_timeline(&[Agreement, Suspension]),
            Status::Suspended
        );
        assert_eq!(
            Status::from_timeline(&[Agreement, Suspension, Resumption]),
            Status::Active
        );
        assert_eq!(
            Status::from_timeline(&[Agreement, Termination]),
            Status::Ended
        );
    }

    #[test]
    fn message_ids() {
        assert_eq!(Area::Culture.message_id(), "area-culture");
        assert_eq!(
            ActivityKind::StudyVisit.message_id(),
            "activity-study-visit"
        );
    }
}
