using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class SpellingEngineTests
{
    private static HunspellDictionary Dictionary => LanguageResources.For("en-US").Dictionary;

    private static HunspellDictionary Load(string aff, string dic) =>
        HunspellDictionary.Load(new StringReader(aff), new StringReader(dic));

    [Theory]
    [InlineData("managed")]
    [InlineData("engineers")]
    [InlineData("unbelievably")]
    [InlineData("reorganized")]
    [InlineData("Managed")]
    [InlineData("MANAGED")]
    [InlineData("company's")]
    [InlineData("Kevin")]
    [InlineData("KEVIN")]
    public void Accepts_affixed_and_cased_forms_of_dictionary_words(string word) => Assert.True(Dictionary.Check(word));

    [Theory]
    [InlineData("managd")]
    [InlineData("enginers")]
    [InlineData("kevin")]
    [InlineData("recieve")]
    public void Rejects_non_words_and_lower_cased_proper_nouns(string word) => Assert.False(Dictionary.Check(word));

    [Fact]
    public void Applies_suffix_conditions_strip_and_cross_product_prefixes()
    {
        const string aff = """
            SET UTF-8
            PFX U Y 1
            PFX U 0 un .
            SFX D Y 3
            SFX D 0 d e
            SFX D y ied [^aeiou]y
            SFX D 0 ed [^ey]
            SFX N N 1
            SFX N 0 ness .
            """;
        var dict = Load(aff, "3\nlike/UD\ncarry/D\nkind/UN\n");
        Assert.True(dict.Check("liked"));
        Assert.True(dict.Check("unliked"));
        Assert.True(dict.Check("carried"));
        Assert.False(dict.Check("carryed"));
        Assert.True(dict.Check("kindness"));
        Assert.True(dict.Check("unkind"));
        Assert.False(dict.Check("unkindness")); // N is not cross-product
    }

    [Fact]
    public void Honours_needaffix_forbidden_keepcase_and_onlyincompound()
    {
        const string aff = """
            NEEDAFFIX X
            FORBIDDENWORD F
            KEEPCASE K
            ONLYINCOMPOUND C
            COMPOUNDMIN 1
            COMPOUNDRULE n*t
            SFX S Y 1
            SFX S 0 s .
            """;
        var dict = Load(aff, "6\nfoo/XS\nbar/F\nbar\niOS/K\n1/n\nth/Ct\n");
        Assert.False(dict.Check("foo"));
        Assert.True(dict.Check("foos"));
        Assert.False(dict.Check("bar"));
        Assert.True(dict.Check("iOS"));
        Assert.False(dict.Check("th"));
        Assert.True(dict.Check("11th"));
    }

    [Fact]
    public void Reads_long_flags()
    {
        var dict = Load("FLAG long\nSFX Aa Y 1\nSFX Aa 0 ing .\n", "1\nbuild/Aa\n");
        Assert.True(dict.Check("building"));
    }

    [Fact]
    public void British_dictionary_accepts_british_spellings()
    {
        var gb = LanguageResources.For("en-GB").Dictionary;
        Assert.True(gb.Check("organised"));
        Assert.True(gb.Check("colour"));
        Assert.False(Dictionary.Check("colour"));
    }

    [Fact]
    public void Loads_the_whole_dictionary()
    {
        var resources = typeof(LanguageResources).Assembly;
        using var aff = new StreamReader(resources.GetManifestResourceStream("ResumeRefiner.Core.Proofreading.Dictionaries.en_US.aff")!);
        using var dic = new StreamReader(resources.GetManifestResourceStream("ResumeRefiner.Core.Proofreading.Dictionaries.en_US.dic")!);
        var dict = HunspellDictionary.Load(aff, dic);
        // How fast it loads is the benchmarks' business (a wall-clock bound here failed under load).
        Assert.True(dict.FormCount > 100_000);
    }
}
