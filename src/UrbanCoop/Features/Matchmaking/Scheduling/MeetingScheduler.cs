using System.Diagnostics;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <param name="TimeLimit">Wall-clock time for the whole solve, output included.</param>
/// <param name="Seed">The search is random but repeatable for a given seed and amount of work.</param>
internal sealed record SchedulerOptions(TimeSpan TimeLimit, int Seed = 20260310);

/// <summary>
/// Schedules the 1:1 meetings of a validated problem: the fixed meetings, then the
/// first-come-first-served baseline, improved by local search while a Lagrangian bound is
/// computed on the other core. See docs/decisions/0002-meeting-scheduler.md.
/// </summary>
internal static class MeetingScheduler
{
    // what it takes to place tables, explain the unscheduled requests and write the output
    private static readonly TimeSpan OutputReserve = TimeSpan.FromMilliseconds(150);

    public static ScheduleOutput Solve(SchedulingProblem problem, SchedulerOptions options)
    {
        var clock = Stopwatch.StartNew();
        var deadline = options.TimeLimit - OutputReserve;
        var residual = new ResidualProblem(problem);
        var assignment = new Assignment(residual);
        FirstComeGreedy.Fill(assignment, residual, problem.Requests);
        var quick = new UpperBound(residual);
        var bestKnown = assignment.Objective;
        using var searchDone = new CancellationTokenSource();
        var lagrangian = Task.Run(() => LagrangianBound.Compute(residual, quick, () => Volatile.Read(ref bestKnown),
            () => searchDone.IsCancellationRequested || clock.Elapsed >= deadline));
        var bound = quick.Best;
        new LocalSearch(residual, assignment, new Random(options.Seed)).Run(clock, deadline, best =>
        {
            Volatile.Write(ref bestKnown, best);
            if (lagrangian.IsCompletedSuccessfully) bound = Math.Min(bound, lagrangian.Result);
            return best >= bound;   // proved optimal
        });
        searchDone.Cancel();
        PlaceWhatStillFits(assignment, residual);
        bound = Math.Min(bound, lagrangian.Result);
        return ScheduleOutputBuilder.Build(problem, assignment, residual.FixedWeight + bound, clock.Elapsed);
    }

    private static void PlaceWhatStillFits(Assignment assignment, ResidualProblem residual)
    {
        var order = Enumerable.Range(0, residual.RequestCount).OrderByDescending(r => residual.Weight[r]);
        foreach (var r in order) FirstComeGreedy.PlaceEarliest(assignment, residual, r);
        assignment.Commit();
    }
}
