using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Agreements;

public static class AgreementKinds
{
    /// <summary>The kind as words; "MoU" keeps its spelling, which <see cref="Display.Words(Enum)"/> would turn into "Mo u".</summary>
    public static string Words(AgreementKind kind) => kind == AgreementKind.MoU ? "MoU" : Display.Words(kind);
}
