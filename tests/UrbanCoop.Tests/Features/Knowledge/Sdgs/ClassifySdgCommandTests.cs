using System.Text;
using UrbanCoop.Features.Knowledge.Sdgs;

namespace UrbanCoop.Tests.Features.Knowledge.Sdgs;

public sealed class ClassifySdgCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("urbancoop-sdg");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        return (ClassifySdgCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private (int Code, string Csv, string Error) Classify(string csv, Encoding? encoding = null)
    {
        File.WriteAllText(PathOf("in.csv"), csv, encoding ?? new UTF8Encoding(false));
        var (code, _, error) = Run("--input", PathOf("in.csv"), "--output", PathOf("out.csv"));
        return (code, code == 0 ? File.ReadAllText(PathOf("out.csv")) : "", error);
    }

    [Fact]
    public void Writes_one_row_per_distinct_id_in_first_seen_order_with_goals_separated_by_spaces()
    {
        var (code, csv, _) = Classify(
            "id,text,sdg\n" +
            "b2,Access to electricity and renewable energy in rural areas.,7\n" +
            "a1,The meeting is on Tuesday.,1\n" +
            "b2,Access to electricity and renewable energy in rural areas.,13\n" +
            "c3,\"Gender equality in education: girls and women need schools, teachers and literacy classes.\",5\n");
        Assert.Equal(0, code);
        Assert.Equal("id,sdgs\r\nb2,7\r\na1,\r\nc3,4 5\r\n", csv);
    }

    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var (code, csv, _) = Classify(
            "\"text\",\"id\"\r\n" +
            "\"Hunger, \"\"famine\"\" and\r\nmalnutrition\nafflict farmers.\",\"x,1\"\r\n" +
            "\"\",empty\r\n");
        Assert.Equal(0, code);
        Assert.Equal("id,sdgs\r\n\"x,1\",2\r\nempty,\r\n", csv);
    }

    [Fact]
    public void Ignores_a_byte_order_mark_and_the_case_of_the_column_names()
    {
        var (code, csv, _) = Classify("ID,Text\nw,Safe drinking water and sanitation for all.\n", new UTF8Encoding(true));
        Assert.Equal(0, code);
        Assert.Equal("id,sdgs\r\nw,6\r\n", csv);
    }

    [Fact]
    public void Reports_the_speed_on_standard_output()
    {
        File.WriteAllText(PathOf("in.csv"), "id,text\n1,Ocean acidification harms coral reefs.\n");
        var (code, output, error) = Run("--input", PathOf("in.csv"), "--output", PathOf("out.csv"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"^Classified 1 texts in [0-9.]+ s \([0-9]+ texts/s\); wrote .*out\.csv\.\s*$", output);
    }

    [Fact]
    public void A_missing_input_file_is_one_line_on_standard_error_and_exit_code_1()
    {
        var (code, _, error) = Run("--input", PathOf("nope.csv"), "--output", PathOf("out.csv"));
        Assert.Equal(1, code);
        Assert.Equal($"error: the input file '{PathOf("nope.csv")}' does not exist.", error.TrimEnd());
        Assert.False(File.Exists(PathOf("out.csv")));
    }

    [Theory]
    [InlineData("id,body\n1,water\n", "needs the columns id and text; its header has: id, body.")]
    [InlineData("", "is empty; it needs a header row with the columns id and text.")]
    [InlineData("id,text\n1,\"never closed\n", "is not valid CSV: The quoted field that starts on line 2 is never closed.")]
    public void Bad_input_is_one_clear_line_on_standard_error_and_exit_code_1(string csv, string message)
    {
        var (code, _, error) = Classify(csv);
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.EndsWith(message, line.TrimEnd());
    }

    [Fact]
    public void An_output_folder_that_does_not_exist_is_reported_in_one_line()
    {
        File.WriteAllText(PathOf("in.csv"), "id,text\n1,water\n");
        var (code, _, error) = Run("--input", PathOf("in.csv"), "--output", PathOf("missing/out.csv"));
        Assert.Equal(1, code);
        Assert.StartsWith($"error: cannot write '{PathOf("missing/out.csv")}'", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData]
    [InlineData("--input", "in.csv")]
    [InlineData("--input", "in.csv", "--output")]
    [InlineData("--input", "in.csv", "--output", "out.csv", "--verbose")]
    public void Missing_or_unknown_options_print_the_usage_and_exit_2(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("error: usage: urbancoop classify-sdg --input FILE.csv --output OUT.csv", error);
    }

    [Fact]
    public void The_features_option_writes_every_goal_of_every_text_for_the_tuning_script()
    {
        File.WriteAllText(PathOf("in.csv"), "id,text\nk,Coal power plants\n");
        var (code, _, _) = Run("--input", PathOf("in.csv"), "--output", PathOf("out.csv"), "--features", PathOf("features.csv"));
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(PathOf("features.csv"));
        Assert.Equal("id,goal," + string.Join(',', SdgDecision.FeatureNames), lines[0]);
        Assert.Equal(1 + 17, lines.Length);
        Assert.StartsWith("k,7,1,", lines[7]);
    }
}
