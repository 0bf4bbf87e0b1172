using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UrbanCoop.Features.ActionPlans;

internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    private const int SectionLength = 20000;

    public void Configure(EntityTypeBuilder<ActionPlan> plan)
    {
        plan.HasOne(p => p.Partnership).WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => new { p.PartnershipId, p.VersionNumber }).IsUnique();
        foreach (var section in new[] { nameof(ActionPlan.KeyFocus), nameof(ActionPlan.KeyChallenges), nameof(ActionPlan.MainObjective),
                     nameof(ActionPlan.ActivitiesAndOutputs), nameof(ActionPlan.ExpectedResults), nameof(ActionPlan.Contacts) })
            plan.Property(section).HasMaxLength(SectionLength);
        plan.OwnsMany(p => p.Themes, theme => theme.ToJson());
    }
}
