using System.Globalization;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>Turns the text of one document into the records of the extraction contract.</summary>
public sealed partial class Extractor(Gazetteer gazetteer)
{
    public static Extractor Default { get; } = new(Gazetteer.Default);

    public ExtractedDocument Extract(string file, string text)
    {
        var doc = new DocumentModel(text);
        var contextYear = DateGrammar.LatestYear(doc.AllText);
        var peopleFinder = new PeopleFinder(gazetteer);
        var people = peopleFinder.Find(doc);
        var spellings = people.Select(p => p.Written).ToList();
        var places = new PlaceFinder(gazetteer);
        places.Find(doc, spellings);
        var organisations = new OrganisationFinder(gazetteer).Find(doc, peopleFinder, spellings)
            .Where(o => places.ByName(o.Organisation.Name) is null).ToList();
        var events = new EventFinder().Find(doc, places, contextYear);
        TableFigures(doc, places);
        var partnerships = Partnerships(doc, places, contextYear);
        var warnings = Plausibility.Check(places.Places, events);
        return new ExtractedDocument
        {
            File = file,
            Kind = KindOf(doc, events),
            Title = doc.Title,
            Places = places.Places,
            People = [.. people.Select(p => p.Person)],
            Organisations = [.. organisations.Select(o => o.Organisation)],
            Events = events,
            Partnerships = partnerships,
            Agreements = Agreements(doc.AllText),
            Themes = Topics.ThemesOf(doc.AllText, organisations.Select(o => o.Written).Concat(organisations.Select(o => o.Organisation.Name))),
            Sdgs = Topics.Sdgs(doc.AllText),
            UrbanAgendaPartnerships = Topics.UrbanAgendaPartnerships(doc.AllText),
            Warnings = warnings,
        };
    }

    /// <summary>A summary table (several label–value rows) is an action-plan summary; dated events in prose make news.</summary>
    private static string KindOf(DocumentModel doc, List<ExtractedEvent> events)
    {
        if (doc.Rows.Count >= 3 && (ActionPlanWords().IsMatch(doc.Title) || doc.Rows.Any(r => ActionPlanWords().IsMatch(r.Label))))
            return "action-plan-summary";
        if (ReportWords().IsMatch(doc.Title)) return "other";
        return events.Count > 0 || doc.Sentences.Any(s => NewsWords().IsMatch(s)) ? "news" : "other";
    }

    /// <summary>The subject city of a summary table (first place of the City row) gets the Population and Size rows.</summary>
    private static void TableFigures(DocumentModel doc, PlaceFinder places)
    {
        var cityRow = doc.Rows.FirstOrDefault(r => CityLabel().IsMatch(r.Label) && r.Values.Count > 0);
        if (cityRow is null) return;
        var subject = places.Mentions.Where(m => cityRow.Values[0].Contains(m.Written, StringComparison.Ordinal))
            .Select(m => places.ByName(m.Canonical)).FirstOrDefault(p => p is not null);
        if (subject is null) return;
        foreach (var row in doc.Rows.Where(r => r.Values.Count > 0))
        {
            if (PopulationLabel().IsMatch(row.Label) && Numbers.ParseQuantity(row.Values[0]) is { } population)
                subject.Population = (long)Math.Round(population);
            else if (AreaLabel().IsMatch(row.Label) && Numbers.ParseQuantity(row.Values[0]) is { } area)
                subject.AreaKm2 = area;
        }
    }

    /// <summary>
    /// Pairings: a table row about the pairing or period of cooperation (its date; the cities of the City row), or
    /// a sentence saying places are twinned/paired/partners since a date (its cities, else the title's).
    /// </summary>
    private List<ExtractedPartnership> Partnerships(DocumentModel doc, PlaceFinder places, int? contextYear)
    {
        var result = new List<ExtractedPartnership>();
        var cityRow = doc.Rows.FirstOrDefault(r => CityLabel().IsMatch(r.Label) && r.Values.Count > 0);
        foreach (var row in doc.Rows.Where(r => PairingLabel().IsMatch(r.Label) && r.Values.Count > 0))
        {
            var since = DateGrammar.Find(row.Values[0], contextYear).FirstOrDefault();
            if (since is null || cityRow is null) continue;
            var members = cityRow.Values.SelectMany(v => CitiesIn(Parenthetical().Replace(v, " "), places)).Distinct().ToList();
            if (members.Count >= 2) result.Add(new ExtractedPartnership(members, since.Start));
            break;
        }
        if (result.Count > 0) return result;
        var sentences = doc.Sentences.ToList();
        foreach (var sentence in sentences)
        {
            var m = PairedSince().Match(sentence);
            if (!m.Success) continue;
            var since = DateGrammar.Find(m.Groups["date"].Value, contextYear).FirstOrDefault();
            if (since is null) continue;
            var members = CitiesIn(sentence, places);
            if (members.Count < 2) members = CitiesIn(doc.Title, places);
            if (members.Count < 2) members = [.. places.Places.Where(p => p.Kind == "city").Take(2).Select(p => p.Name)];
            if (members.Count >= 2) result.Add(new ExtractedPartnership(members, since.Start));
        }
        return result;
    }

    /// <summary>Cities named in a text; an area named after its city ("Guangzhou Development District") stands for that city.</summary>
    private List<string> CitiesIn(string text, PlaceFinder places)
    {
        var result = new List<string>();
        foreach (var mention in places.Mentions.Where(m => text.Contains(m.Written, StringComparison.Ordinal)).OrderBy(m => text.IndexOf(m.Written, StringComparison.Ordinal)))
        {
            var place = places.ByName(mention.Canonical);
            if (place is null) continue;
            var name = place.Kind is "city" or "region" ? place.Name
                : place.Parent is { } parent && place.Name.StartsWith(parent, StringComparison.Ordinal) ? parent : null;
            if (name is not null && !result.Contains(name)) result.Add(name);
        }
        return result;
    }

    private static List<ExtractedAgreement> Agreements(string text)
    {
        var result = new List<ExtractedAgreement>();
        var mou = MouCount().Matches(text);
        if (mou.Count > 0)
        {
            var count = mou.Select(m => int.TryParse(m.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
                .FirstOrDefault(n => n is not null);
            result.Add(new ExtractedAgreement("MoU", count));
        }
        if (LetterOfIntent().IsMatch(text)) result.Add(new ExtractedAgreement("LoI", null));
        return result;
    }

    [GeneratedRegex(@"action plan|u-?caps?\b|summary|at a glance", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPlanWords();
    [GeneratedRegex(@"\b(report|agenda|minutes|programme of|newsletter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportWords();
    [GeneratedRegex(@"\b(held|took place|met|visited|signed|organi[sz]ed|hosted|participated|news)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewsWords();
    [GeneratedRegex(@"^(cit(y|ies)|municipalit(y|ies)|partner cities)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CityLabel();
    [GeneratedRegex(@"\bpopulation\b|\binhabitants\b", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationLabel();
    [GeneratedRegex(@"\b(size|area|surface)\b|km", RegexOptions.IgnoreCase)]
    private static partial Regex AreaLabel();
    [GeneratedRegex(@"pairing|twinning|period of cooperation|cooperation since|partnership since|since when", RegexOptions.IgnoreCase)]
    private static partial Regex PairingLabel();
    [GeneratedRegex(@"\b(twinned|twin cities|sister cities|sister-city|paired|partners|partner cities|partnership|pairing)\b[^.;]*?\bsince\s+(?<date>(?:[\p{L}]+\s+)?\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PairedSince();
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();
    [GeneratedRegex(@"(?:\b(?<n>\d+)\s+(?:\p{L}+\s+){0,2})?(?:\b(?:MoU|MOU)s?\b|\b[Mm]emorand(?:um|a) of [Uu]nderstanding)")]
    private static partial Regex MouCount();
    [GeneratedRegex(@"\bLetters? of Intent\b|\bLoIs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LetterOfIntent();
}
