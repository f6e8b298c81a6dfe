namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>All rules, most specific first: when two report the same span, the first wins.</summary>
internal static class RuleSet
{
    public static IReadOnlyList<IProofRule> All { get; } =
    [
        new ContractionRule(),
        new UncountablePluralRule(),
        new NumberSpacingRule(),
        new RepeatedWordRule(),
        new DoubledArticleRule(),
        new ArticleRule(),
        new PerfectParticipleRule(),
        new BaseFormAfterAuxiliaryRule(),
        new SubjectVerbAgreementRule(),
        new DoubleComparativeRule(),
        new NounNumberRule(),
        new ArticleBeforePluralRule(),
        new ThenThanRule(),
        new TheirThereRule(),
        new ItsItsRule(),
        new YourYoureRule(),
        new ToTooRule(),
        new AffectEffectRule(),
        new LeadLedRule(),
        new LooseLoseRule(),
        new PrincipalPrincipleRule(),
        new ComplementComplimentRule(),
        new CouldOfRule(),
        new LowercaseIRule(),
        new SentenceStartCapitalRule(),
        new ProperNounCapitalRule(),
        new MidSentenceCapitalRule(),
        new SpellingRule(),
        new PunctuationSpacingRule(),
        new DoubledPunctuationRule(),
        new IntroductoryCommaRule(),
        new UnbalancedBracketRule(),
        new MultipleSpacesRule(),
        new FirstPersonRule(),
        new WeakOpenerRule(),
        new PassiveVoiceRule(),
        new BuzzwordRule(),
        new FillerWordRule(),
        new OverlongBulletRule(),
        new NumberFormatConsistencyRule(),
    ];
}
