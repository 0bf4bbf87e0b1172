using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>
/// Events: a sentence (or a bullet, or a table row whose label names a visit) with an event word and a date.
/// Bullets and cells lend their first date to the sentences after it; "the second day" counts from the last date
/// range. Places come from the sentence, else its paragraph, else the last sentence that named one. Meetings,
/// missions and visits on the same date are one event.
/// </summary>
public sealed partial class EventFinder
{
    private static readonly (string Kind, Regex Pattern)[] Kinds =
    [
        ("online-meeting", new(@"\b(online|virtual|video|remote)\s+(?:[\w-]+\s+){0,2}?(meeting|discussion|conference|session|exchange|event|workshop|dialogue|call)s?\b|\bwebinars?\b|\bvideo ?conferences?\b|\b(meeting|session)s?\s*\(online\)", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("working-session", new(@"\bworking sessions?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("round-table", new(@"\bround[- ]?tables?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("site-visit", new(@"\b(site|field|company|factory) visits?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("study-visit", new(@"\b(study (visit|tour|trip)s?|visit(s|ed|ing)?|delegations?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("mission", new(@"\bmissions?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("forum", new(@"\bforums?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("workshop", new(@"\bworkshops?\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("conference", new(@"\b(conferences?|seminars?|summits?|symposi(um|a)|congress|fairs?|expos?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
        ("meeting", new(@"\b(meetings?|met|meet|encounters?|talks|discussions?|dialogues?|consultations?)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled)),
    ];

    private static readonly HashSet<string> MeetingFamily = ["online-meeting", "working-session", "site-visit", "study-visit", "mission", "meeting"];

    public static bool HasEventWord(string text) => Kinds.Any(k => k.Pattern.IsMatch(text));

    public List<ExtractedEvent> Find(DocumentModel doc, PlaceFinder places, int? contextYear)
    {
        var events = new List<ExtractedEvent>();
        var sentenceIndex = 0;
        FoundDate? lastRange = null;
        string[] lastPlaces = [];
        foreach (var item in doc.Items)
        {
            FoundDate? itemDate = null;
            var itemStart = sentenceIndex;
            var itemPlaces = Enumerable.Range(itemStart, item.Sentences.Count).SelectMany(PlacesOf).Distinct().ToArray();
            foreach (var sentence in item.Sentences)
            {
                var index = sentenceIndex++;
                var dates = DateGrammar.Find(sentence, contextYear).Where(d => d.Start.Length > 4).ToList();
                var fallback = DateGrammar.RelativeDay(sentence, lastRange) ?? (item.IsBullet ? itemDate : null);
                if (item.IsBullet && itemDate is null) itemDate = dates.FirstOrDefault();
                // "the second day" counts from the last range, or from the day the last mission or visit began
                if (dates.FirstOrDefault() is { End: not null } range) lastRange = range;
                var sentencePlaces = PlacesOf(index).ToArray();
                var eventPlaces = sentencePlaces.Length > 0 ? sentencePlaces : itemPlaces.Length > 0 ? itemPlaces : lastPlaces;
                if (sentencePlaces.Length > 0) lastPlaces = sentencePlaces;
                else if (itemPlaces.Length > 0) lastPlaces = itemPlaces;
                if (dates.Count == 0 && fallback is null) continue;
                var plain = Parenthetical().Replace(sentence, " ");
                var online = Kinds[0].Pattern.IsMatch(sentence) || OnlineMarker().IsMatch(sentence);
                var participants = Participants(sentence);
                foreach (var (kind, at) in KindsIn(plain))
                {
                    // the date written closest to the event word ("the plan of March 2021 … a meeting on 3 May")
                    var date = dates.Count > 0 ? dates.MinBy(d => Math.Abs(d.Index - at))! : fallback!;
                    events.Add(new ExtractedEvent(Title(sentence), kind, date.Start, date.End, [.. eventPlaces.Distinct()], online && MeetingFamily.Contains(kind) || kind == "online-meeting", participants));
                    if (kind is "mission" or "study-visit" && date is { Start.Length: 10, End: null }) lastRange = date;
                }
            }
        }
        events.AddRange(FromTableRows(doc, places, contextYear));
        events.AddRange(FromListLines(doc, contextYear));
        return Merge(events);

        IEnumerable<string> PlacesOf(int sentence) => places.Mentions.Where(m => m.Sentence == sentence).Select(m => m.Canonical);
    }

    /// <summary>One event per family in a sentence: the most specific meeting-like kind, and each other kind.</summary>
    private static IEnumerable<(string Kind, int At)> KindsIn(string sentence)
    {
        var kinds = Kinds.Select(k => (k.Kind, Match: k.Pattern.Match(sentence))).Where(k => k.Match.Success).Select(k => (k.Kind, k.Match.Index)).ToList();
        var meeting = kinds.FirstOrDefault(k => MeetingFamily.Contains(k.Kind));
        if (meeting.Kind is not null) yield return meeting;
        foreach (var k in kinds.Where(k => !MeetingFamily.Contains(k.Kind))) yield return k;
    }

    /// <summary>"Date of city visit | Liuzhou in EU cities in April and November 2019 | …": the label's kind on each date.</summary>
    private static IEnumerable<ExtractedEvent> FromTableRows(DocumentModel doc, PlaceFinder places, int? contextYear)
    {
        foreach (var row in doc.Rows)
        {
            var kind = KindsIn(row.Label).FirstOrDefault().Kind;
            if (kind is null || !Regex.IsMatch(row.Label, @"\bdates?\b", RegexOptions.IgnoreCase)) continue;
            foreach (var cell in row.Values)
            {
                var cellPlaces = places.Mentions.Where(m => cell.Contains(m.Written, StringComparison.Ordinal)).Select(m => m.Canonical).Distinct().ToList();
                foreach (var date in DateGrammar.Find(cell, contextYear).Where(d => d.Start.Length > 4))
                    yield return new ExtractedEvent(row.Label, kind, date.Start, date.End, cellPlaces, false, null);
            }
        }
    }

    /// <summary>"IUC-Asia Online Meeting_Barcelona-Liuzhou_17 July_Agenda", "20190621 Conference material".</summary>
    private static IEnumerable<ExtractedEvent> FromListLines(DocumentModel doc, int? contextYear)
    {
        foreach (var line in doc.ListLines)
        {
            var text = line.Replace('_', ' ');
            var kind = KindsIn(text).FirstOrDefault().Kind;
            var date = DateGrammar.Find(text, contextYear).FirstOrDefault(d => d.Start.Length > 4);
            if (kind is null || date is null) continue;
            yield return new ExtractedEvent(DocumentModel.Clean(line.Split('_')[0]), kind, date.Start, date.End, [], kind == "online-meeting", null);
        }
    }

    private static List<ExtractedEvent> Merge(List<ExtractedEvent> events)
    {
        var merged = new List<ExtractedEvent>();
        foreach (var e in events)
        {
            var same = merged.FindIndex(m => m.Start == e.Start && (m.Kind == e.Kind || MeetingFamily.Contains(m.Kind) && MeetingFamily.Contains(e.Kind)));
            if (same < 0)
            {
                merged.Add(e);
                continue;
            }
            var m = merged[same];
            merged[same] = m with
            {
                Kind = m.Kind == "meeting" && e.Kind == "online-meeting" ? e.Kind : m.Kind,
                End = m.End ?? e.End, Places = [.. m.Places.Union(e.Places)], Online = m.Online || e.Online,
                Participants = m.Participants ?? e.Participants,
            };
        }
        return merged;
    }

    public static int? Participants(string sentence)
    {
        var m = ParticipantCount().Match(sentence);
        return m.Success && int.TryParse(m.Groups["n"].Value.Replace(",", ""), out var n) ? n : null;
    }

    private static string Title(string sentence)
    {
        var t = DocumentModel.Clean(sentence);
        return t.Length <= 140 ? t : t[..137] + "…";
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();
    [GeneratedRegex(@"\((online|virtual)\)|\bonline\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlineMarker();
    [GeneratedRegex(@"(?:(?:more than|over|at least|about|around|some|nearly|almost|approximately|up to)\s+)?(?<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:participants|experts|delegates|attendees|people|persons|guests|officials|visitors|stakeholders|members|companies|representatives)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipantCount();
}
