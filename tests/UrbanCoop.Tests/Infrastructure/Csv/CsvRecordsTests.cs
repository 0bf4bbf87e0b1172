using UrbanCoop.Infrastructure.Csv;

namespace UrbanCoop.Tests.Infrastructure.Csv;

public sealed class CsvRecordsTests
{
    private static List<string[]> Read(string text) => CsvRecords.Read(new StringReader(text)).Select(r => r.ToArray()).ToList();

    [Theory]
    [InlineData("a,b\r\nc,d", "a|b/c|d")]
    [InlineData("a,b\nc,d\n", "a|b/c|d")]
    [InlineData("a,b\rc,d\r", "a|b/c|d")]
    [InlineData("\uFEFFa,\"b,c\"\n", "a|b,c")]
    [InlineData("\"say \"\"hi\"\"\",x", "say \"hi\"|x")]
    [InlineData("\"\",,\"\"", "||")]
    [InlineData("a\n\nb", "a//b")]
    [InlineData("x,\"\"", "x|")]
    [InlineData("\"\"", "")]
    public void Reads_records_as_RFC_4180_describes(string text, string expected)
    {
        Assert.Equal(expected, string.Join('/', Read(text).Select(r => string.Join('|', r))));
    }

    [Fact]
    public void Keeps_line_breaks_inside_quoted_fields_and_counts_lines_for_errors()
    {
        Assert.Equal(["one\r\ntwo\nthree", "4"], Read("\"one\r\ntwo\nthree\",4\n")[0]);
        var error = Assert.Throws<FormatException>(() => Read("a\r\nb\n\"c\nd"));
        Assert.Contains("starts on line 3", error.Message);
    }

    [Fact]
    public void Whatever_is_written_reads_back_the_same()
    {
        var random = new Random(4180);
        const string alphabet = "ab,\"\r\n \u4e2d\u00e9";
        for (var round = 0; round < 300; round++)
        {
            var records = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
                    new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToArray()).ToList();
            var writer = new StringWriter();
            foreach (var record in records) CsvRecords.Write(writer, record);
            Assert.Equal(records, Read(writer.ToString()));
        }
    }
}
