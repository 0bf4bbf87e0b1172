using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.People;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// The people the seeds name. The few e-mail addresses and phone numbers are fictional (example.org, zeros), there so
/// that access rules can be tested: anonymous visitors must never see them.
/// </summary>
internal sealed class DemoPeople
{
    public readonly Person Gandara, Martinez, Zhang, Wu, Astiaso, Ilk, Kiewitt, Dai, Carr, Hall, Stollar, Cavallo, Aranda, Benitez,
        Maurelli, Oesterle, Linse, WangQian, JinJingnan;

    private readonly List<Person> all = [];
    public IReadOnlyList<Person> All => all;

    public DemoPeople(DemoOrganisations o)
    {
        // The Liuzhou action plan was agreed in June 2019; its contact persons hold that role from then.
        var ucap = DemoTime.FirstOf(2019, 6);

        Gandara = Add("Pablo", "Gándara", "Mr", (o.IucAsia, "IUC Asia contact person", null));
        Gandara.Email = "pablo.gandara@example.org";
        Gandara.Phone = "+49 000 0000000";
        Gandara.ContactConsent = true;
        Martinez = Add("David", "Martínez", "Mr", (o.UrbanismInstitute, "Managing Director", null));
        Zhang = Add("Jincheng", "Zhang", "Mr", (o.Liudong, "Deputy Director", null), chineseOrder: true);
        Wu = Add("Wenneng", "Wu", "Mr", (o.LiuzhouDrc, "Liuzhou contact person, Regional Affairs Division", ucap), chineseOrder: true);
        Wu.Positions.Add(new Position { Organisation = o.LiuzhouDrc, Title = "Section Chief of Institutional Reform" });
        Wu.Email = "wu.wenneng@example.org";
        Wu.Phone = "+86 000 0000 0000";
        Wu.ContactConsent = true;
        Astiaso = Add("Davide", "Astiaso", "Mr", (o.Free, "Representative", null));
        Ilk = Add("Michael", "Ilk", "Mr", (o.Ludwigsburg, "Representative", null));
        Kiewitt = Add("Thomas", "Kiewitt", "Mr", (o.StuttgartRegion, "Representative", null));
        Kiewitt.Email = "thomas.kiewitt@example.org";
        Kiewitt.ContactConsent = true;
        Dai = Add("Zijun", "Dai", null, (o.ShuliangTech, "Representative", null), chineseOrder: true);
        // Listed among the mission speakers as "John Carr UK" and "EU Ronald Hall", with no organisation.
        Carr = Add("John", "Carr", "Mr");
        Hall = Add("Ronald", "Hall", "Mr");
        Stollar = Add("Bettina", "Stollar", "Ms", (o.BarcelonaCouncil, "European city contact person (Barcelona)", ucap));
        Stollar.Email = "bettina.stollar@example.org";
        Stollar.Phone = "+34 000 000 000";
        Stollar.ContactConsent = true;
        Cavallo = Add("Marino", "Cavallo", "Mr", (o.BolognaMetro, "European city contact person (Bologna)", ucap));
        Aranda = Add("Francisco", "Aranda", "Mr", (o.Granada, "European city contact person (Granada)", ucap));
        Benitez = Add("Francisco", "Benítez", "Mr", (o.Granada, "European city contact person (Granada)", ucap));
        Maurelli = Add("Patrick", "Maurelli", "Mr", (o.RomeCapital, "European city contact person (Rome)", ucap));
        Oesterle = Add("Frieder", "Oesterle", "Mr", (o.StuttgartRegion, "European city contact person (Stuttgart Region)", ucap));
        // An address without consent: stored, but never to be shown to anyone but the team.
        Linse = Add("David", "Linse", "Mr", (o.Mannheim, "European city contact person (Mannheim)", ucap));
        Linse.Email = "david.linse@example.org";
        WangQian = Add("Qian", "Wang", "Ms", (o.IucAsia, "IUC Asia contact person", null), chineseOrder: true);
        JinJingnan = Add("Jingnan", "Jin", "Ms", (o.IucAsia, "IUC Asia contact person", null), chineseOrder: true);
    }

    private Person Add(string given, string family, string? honorific, (Organisation At, string Title, DateOnly? Since)? position = null,
        bool chineseOrder = false)
    {
        var person = new Person { GivenName = given, FamilyName = family, Honorific = honorific, FamilyNameFirst = chineseOrder };
        if (position is { } held)
            person.Positions.Add(new Position { Organisation = held.At, Title = held.Title, Since = held.Since });
        all.Add(person);
        return person;
    }
}
