-- Clinical wording fixes (issue 24), each a targeted REPLACE so a clinic's own edits elsewhere in a
-- text are kept (and a text already changed by the clinic is left as it is); the version moves so an
-- edit form open meanwhile is told the strategy changed.
-- Safe sleep on skin-to-skin and side-lying feeding (AAP 2022, "Sleep-Related Infant Deaths: Updated
-- 2022 Recommendations": back to sleep, firm flat surface, no soft bedding; skin-to-skin with the
-- baby's face visible and airway clear), and one word for diapers everywhere ("diaper", US English).
-- Spanish of the new steps, for the library's translation (when strategies get one):
--   7: Desvista a su bebé hasta dejarle solo el pañal y acuéstelo sobre su pecho desnudo, pecho con pecho.
--      Mantenga la cara de su bebé a la vista y girada hacia un lado, con la nariz y la boca despejadas y la cabeza sin doblarse hacia adelante.
--      Cúbranse con una manta hasta la espalda de su bebé, nunca sobre la cabeza.
--      Si siente que puede quedarse dormida, pase antes a su bebé a su propio lugar seguro para dormir: boca arriba, sobre una superficie firme y plana, sin almohadas ni ropa de cama suelta.
--   10: Amamante acostada de lado por la noche si su consultora le ha enseñado cómo: sobre un colchón firme y plano, con las almohadas y la ropa de cama suelta lejos de su bebé, y con la cara de su bebé a la vista y la nariz despejada.
--      Si puede quedarse dormida mientras amamanta, vuelva a poner a su bebé en su propio lugar para dormir (boca arriba, superficie firme y plana, sin ropa de cama suelta) en cuanto termine la toma.
UPDATE strategy SET instructions = REPLACE(REPLACE(instructions,
'Undress your baby down to the nappy and lie them on your bare chest.',
'Undress your baby down to the diaper and lie them on your bare chest, chest to chest.
Keep your baby''s face visible and turned to one side, nose and mouth clear, head not bent forward.'),
'Cover you both with a blanket to keep warm.',
'Cover you both with a blanket up to your baby''s back, never over the head.'),
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 7 AND instructions LIKE '%nappy and lie them on your bare chest.%';

UPDATE strategy SET instructions = instructions || '
If you feel you may fall asleep, move your baby to their own safe sleep space first: on their back, on a firm flat surface, with no pillows or loose bedding.'
WHERE id = 7 AND instructions NOT LIKE '%safe sleep space%';

UPDATE strategy SET instructions = REPLACE(instructions,
'Feed lying on your side at night if your consultant has shown you how.',
'Feed lying on your side at night if your consultant has shown you how: on a firm flat mattress, pillows and loose bedding away from your baby, your baby''s face visible and nose clear.
If you may fall asleep while feeding, move your baby back to their own sleep space (on their back, firm flat surface, no loose bedding) as soon as the feed ends.'),
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE id = 10 AND instructions LIKE '%Feed lying on your side at night if your consultant has shown you how.%';

-- any other "nappy" a strategy still carries
UPDATE strategy SET instructions = REPLACE(REPLACE(instructions, 'nappies', 'diapers'), 'nappy', 'diaper'),
    description = REPLACE(REPLACE(description, 'nappies', 'diapers'), 'nappy', 'diaper'),
    updated_at = CURRENT_TIMESTAMP, version = version + 1
WHERE LOWER(instructions) LIKE '%napp%' OR LOWER(description) LIKE '%napp%';

-- Why each weight of the starting library is what it is, in one line per language (shown on the
-- strategy's page). The weight it was written for is kept: once an admin changes a weight, its
-- line is no longer shown as its reason. Latch assessment ranks with warm compresses for pain (both
-- 3) and before them on a tie (the name breaks it): a cracked nipple is a latch problem first.
CREATE TABLE strategy_weight_reason (
    strategy_id BIGINT       NOT NULL REFERENCES strategy (id),
    factor      VARCHAR(40)  NOT NULL,
    relevance   INTEGER      NOT NULL,
    reason_en   VARCHAR(300) NOT NULL,
    reason_es   VARCHAR(300) NOT NULL,
    PRIMARY KEY (strategy_id, factor)
);
INSERT INTO strategy_weight_reason (strategy_id, factor, relevance, reason_en, reason_es) VALUES
(1, 'STRESS', 3, 'Slow breathing directly calms the stress response that holds back oxytocin.', 'La respiración lenta calma directamente la respuesta al estrés que frena la oxitocina.'),
(1, 'ANXIETY', 3, 'The same calming works on anxious thoughts during a feed.', 'La misma calma actúa sobre los pensamientos ansiosos durante la toma.'),
(1, 'PAIN', 1, 'Helps her through a painful start but does not remove the cause.', 'Ayuda a pasar un inicio doloroso, pero no quita la causa.'),
(2, 'STRESS', 3, 'Imagining the milk flowing relaxes and conditions the reflex directly.', 'Imaginar la leche fluyendo relaja y condiciona el reflejo directamente.'),
(2, 'ANXIETY', 2, 'Gives the mind something calm to hold; less direct than breathing.', 'Le da a la mente algo tranquilo en qué enfocarse; menos directo que la respiración.'),
(3, 'PAIN', 3, 'Moist warmth eases tension and pain before a feed; a cracked nipple still needs a latch assessment first.', 'El calor húmedo alivia la tensión y el dolor antes de la toma; un pezón agrietado necesita antes una evaluación del agarre.'),
(3, 'STRESS', 2, 'Warmth relaxes, but it is a comfort measure rather than a treatment of stress.', 'El calor relaja, pero es una medida de comodidad más que un tratamiento del estrés.'),
(4, 'STRESS', 2, 'A calm room lowers the stress around feeds.', 'Un cuarto tranquilo baja el estrés alrededor de las tomas.'),
(4, 'DISTRACTIONS', 3, 'It removes the distractions themselves.', 'Quita las distracciones mismas.'),
(4, 'ANXIETY', 1, 'A calmer setting helps anxiety a little.', 'Un ambiente más tranquilo ayuda un poco con la ansiedad.'),
(5, 'DISTRACTIONS', 3, 'Aimed at the distractions directly.', 'Dirigida directamente a las distracciones.'),
(6, 'DISTRACTIONS', 2, 'Turning her attention to the baby crowds out distractions.', 'Poner la atención en el bebé desplaza las distracciones.'),
(6, 'ANXIETY', 1, 'Focusing on the baby eases anxious thoughts a little.', 'Concentrarse en el bebé calma un poco los pensamientos ansiosos.'),
(7, 'STRESS', 2, 'Skin-to-skin raises oxytocin and calms both; it takes time to work.', 'El contacto piel con piel sube la oxitocina y calma a ambos; tarda en hacer efecto.'),
(7, 'ANXIETY', 2, 'Closeness builds confidence and eases anxiety.', 'La cercanía da confianza y alivia la ansiedad.'),
(8, 'OTHER', 2, 'For separation (pumping away from the baby), which has no factor of its own.', 'Para la separación (extraerse lejos del bebé), que no tiene un factor propio.'),
(8, 'STRESS', 1, 'The baby''s cues calm her a little while pumping.', 'Las señales del bebé la calman un poco durante la extracción.'),
(9, 'OTHER', 2, 'For low supply or a baby who cannot feed well, which have no factor of their own.', 'Para la baja producción o un bebé que no puede mamar bien, que no tienen un factor propio.'),
(9, 'FATIGUE', 1, 'A routine can save effort, but pumping also adds work.', 'Una rutina puede ahorrar esfuerzo, pero extraerse también agrega trabajo.'),
(10, 'FATIGUE', 3, 'Rest treats fatigue directly.', 'El descanso trata directamente el cansancio.'),
(10, 'STRESS', 1, 'Rest and help lower stress a little.', 'El descanso y la ayuda bajan un poco el estrés.'),
(11, 'PAIN', 3, 'Most nipple pain comes from the latch: find and correct the cause; as high as warm compresses, and first on a tie.', 'La mayor parte del dolor de pezón viene del agarre: hay que encontrar y corregir la causa; tan alta como las compresas tibias, y primero en un empate.'),
(12, 'MEDICATION', 3, 'Only the prescriber can change a medicine that affects letdown.', 'Solo quien recetó puede cambiar un medicamento que afecta el reflejo de eyección.'),
(13, 'MEDICAL_CONDITION', 3, 'A medical condition needs a physician.', 'Una condición médica necesita un médico.'),
(65, 'ANXIETY', 1, 'Anxiety that persists can be part of a perinatal mood disorder: refer when the mood screen is positive.', 'La ansiedad que persiste puede ser parte de un trastorno del ánimo perinatal: derive cuando la detección del ánimo sea positiva.');
