using System.Text;

namespace UrbanCoop.Infrastructure.Csv;

/// <summary>
/// RFC 4180 records: fields separated by commas, optionally quoted; a quoted field may hold commas,
/// line breaks and doubled quotes. Lines may end in CRLF, LF or CR; a leading byte-order mark is ignored.
/// </summary>
public static class CsvRecords
{
    /// <summary>Reads records lazily. Throws <see cref="FormatException"/> for a quoted field that never closes.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var quoteLine = 0;
        var atStart = true;
        var inRecord = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            if (atStart && c == '\uFEFF') { atStart = false; continue; }
            atStart = false;
            inRecord = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n')) line++;
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n') reader.Read();
                    line++;
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    inRecord = false;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        if (quoted) throw new FormatException($"The quoted field that starts on line {quoteLine} is never closed.");
        if (inRecord)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    public static void Write(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(value);
            else writer.Write('"' + value.Replace("\"", "\"\"") + '"');
        }
        writer.Write("\r\n");
    }
}
