"""The page types every browser test visits: one of each kind a reader, family or facilitator opens."""
PAGE_TYPES = {
    "home": "/",
    "reading page": "/orientation/trigger-craving-cycle/",
    "facilitator guide": "/facilitators/modules/lapse-and-relapse/",
    "worksheet form": "/worksheets/trigger-chain/",
    "worksheet index": "/worksheets/",
    "family page": "/family/family-addiction-and-the-brain/",
    "crisis page": "/crisis/",
    "program page": "/facilitators/programs/adult-iop-16/",
    "session page": "/facilitators/programs/adult-iop-16/week-2-thu-relapse-prevention/",
    "clinics page": "/clinics/",
    "not found": "/no-such-page/",
}
