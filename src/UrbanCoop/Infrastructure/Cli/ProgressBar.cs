namespace UrbanCoop.Infrastructure.Cli;

/// <summary>A one-line progress bar redrawn in place ("[#####     ] 52%  1,040/2,000").</summary>
public sealed class ProgressBar(TextWriter to, int total)
{
    private const int Width = 30;
    private int done;
    private int lastPercent = -1;

    public void Advance(int count)
    {
        done += count;
        var percent = total == 0 ? 100 : (int)(100L * Math.Min(done, total) / total);
        if (percent == lastPercent) return;
        lastPercent = percent;
        var filled = percent * Width / 100;
        to.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {percent,3}%  {done:N0}/{total:N0}");
        to.Flush();
    }

    public void Finish()
    {
        Advance(0);
        to.WriteLine();
    }
}
