using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using static UrbanCoop.Features.Demo.DemoTime;

namespace UrbanCoop.Features.Demo;

/// <summary>
/// MoUs the seeds report. Pairing agreements live with the partnerships (<see cref="DemoPartnerships"/>). The sources
/// report batches without naming every signatory, hence <see cref="Agreement.Quantity"/>.
/// </summary>
internal static class DemoAgreements
{
    public static IEnumerable<Agreement> Create(DemoPlaces p, DemoOrganisations o, Activity mission) =>
    [
        new()
        {
            Title = "MoUs of Liuzhou entities with stakeholders of the EU pilot cities", Kind = AgreementKind.MoU,
            Status = AgreementStatus.Signed, SignedOn = FirstOf(2019), Quantity = 10,
            Themes = ["smart-city", "energy-transition", "innovation-startups", "education-skills"],
            Summary = "The Liuzhou action plan reports 10 MoUs signed by the city council, districts, research and business "
                + "associations of Liuzhou, without listing them; dated to 2019 only. They may include the MoUs of the June 2019 mission.",
            Parties = [new() { Place = p.Liuzhou }],
        },
        new()
        {
            Title = "MoUs signed during the EU Smart Cities Mission to China", Kind = AgreementKind.MoU, Status = AgreementStatus.Signed,
            SignedOn = FirstOf(2019, 6), Quantity = 2, Activity = mission,
            Themes = ["smart-city", "energy-transition"],
            Summary = "\"Several\" MoUs between representatives of the EU cities, business and research and Chinese partners; the "
                + "source names neither signatories nor number, so two are recorded until they are known.",
            Parties = [new() { Place = p.Liuzhou }, new() { Place = p.Barcelona }, new() { Place = p.Granada }, new() { Place = p.Rome },
                new() { Place = p.StuttgartRegion }],
        },
        new()
        {
            Title = "MoUs on biotechnology and health technology with Granada, Rome and Barcelona", Kind = AgreementKind.MoU,
            Status = AgreementStatus.Draft, Quantity = 3, Themes = ["health-life-sciences"],
            Summary = "Expected result of the Guangzhou action plan: one MoU with each of the three cities.",
            Parties = [new() { Organisation = o.GddAdministration }, new() { Place = p.Granada }, new() { Place = p.Rome },
                new() { Place = p.Barcelona }],
        },
    ];
}
