namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// The first-come-first-served baseline: by priority (3 first), then request id, each request
/// takes the earliest slot that still fits both participants and has a free table.
/// </summary>
internal static class FirstComeGreedy
{
    public static void Fill(Assignment assignment, ResidualProblem residual, IReadOnlyList<Request> requests)
    {
        var order = Enumerable.Range(0, residual.RequestCount)
            .OrderByDescending(r => residual.Weight[r])
            .ThenBy(r => requests[r].Id, StringComparer.Ordinal);
        foreach (var r in order) PlaceEarliest(assignment, residual, r);
        assignment.Commit();
    }

    /// <summary>Places the request in its earliest slot that fits; false when none fits.</summary>
    public static bool PlaceEarliest(Assignment assignment, ResidualProblem residual, int request)
    {
        if (assignment.SlotOf(request) >= 0) return false;
        foreach (var s in residual.Candidates(request))
            if (assignment.Fits(request, s))
            {
                assignment.Place(request, s);
                return true;
            }
        return false;
    }
}
