import type { Participant } from './teams-people';

/** People of the demo tenant (env/demo-tenant.json) used by the conversation tests. */
export const people = {
  alex: {
    aadObjectId: '8c7ca78a-2ea0-4c4b-b89b-2ba814bbd855',
    name: 'Alex Wilber',
    email: 'alexw@contoso.com',
  },
  anaLopez: {
    aadObjectId: 'e801019d-0792-4b21-95bb-98098f4fa534',
    name: 'Ana Lopez',
    email: 'ana.lopez@contoso.com',
  },
  anaSilva: {
    aadObjectId: 'bd875e0f-923b-444d-81c2-28af596c9540',
    name: 'Ana Silva',
    email: 'ana.silva@contoso.com',
  },
  mateo: {
    aadObjectId: 'f3a0a484-e0f6-4caa-adfe-f5c905d4c6c0',
    name: 'Mateo Rossi',
    email: 'mateo.rossi@contoso.com',
  },
  priya: {
    aadObjectId: '1e2ea7b5-8fa0-4452-b2b2-8c6dd556f8b2',
    name: 'Priya Natarajan',
    email: 'priya.natarajan@contoso.com',
  },
  tom: {
    aadObjectId: 'fff32354-8d14-4aa1-acae-633cc3e22bfa',
    name: 'Tom Baker',
    email: 'tom.baker@contoso.com',
  },
  lee: {
    aadObjectId: 'a0e577e0-7689-4fc2-acd2-c1ece68545a1',
    name: 'Lee Chen',
    email: 'lee.chen@contoso.com',
  },
  maria: {
    aadObjectId: 'bc002775-f0a3-4d11-a3a0-318a67076da8',
    name: 'Maria Kowalski',
    email: 'maria.k@contoso.com',
  },
  chloe: {
    aadObjectId: 'b0edbfb8-48d7-41d3-bf6c-a3e0c7dad00d',
    name: 'Chloé Dubois',
    email: 'chloe.dubois@contoso.com',
  },
  sean: {
    aadObjectId: 'd8079edb-2e97-4ab5-8345-09e9a17da7d7',
    name: "Seán O'Brien",
    email: 'sean.obrien@contoso.com',
  },
  megan: {
    aadObjectId: '85df6f7c-b266-41cb-8cc3-6677e2b396fb',
    name: 'Megan Bowen',
    email: 'meganb@contoso.com',
  },
  adele: {
    aadObjectId: '940ac3c2-4062-471a-b237-4fa273c78bb2',
    name: 'Adele Vance',
    email: 'adelev@contoso.com',
  },
  isaiah: {
    aadObjectId: 'ca25eff8-e535-4835-b884-f3e47db7fabf',
    name: 'Isaiah Langer',
    email: 'isaiahl@contoso.com',
  },
  patti: {
    aadObjectId: '3141c568-82f2-45fe-b4de-554690874589',
    name: 'Patti Fernandez',
    email: 'pattif@contoso.com',
  },
  lynne: {
    aadObjectId: '50396d6f-7c97-4811-8b98-bd893c98fff9',
    name: 'Lynne Robbins',
    email: 'lynner@contoso.com',
  },
  nestor: {
    aadObjectId: '4e15b91c-f735-40c3-ae3b-701f2254915f',
    name: 'Nestor Wilke',
    email: 'nestorw@contoso.com',
  },
  robin: {
    aadObjectId: '92f2f58a-345b-4c18-88d3-c56f8d32b50f',
    name: 'Robin Ext',
    email: 'robin@fabrikam.com',
  },
} satisfies Record<string, Participant>;

/** Groups of the demo tenant. */
export const groups = {
  finance: { id: '6c234e86-cb1d-47c3-8247-32ea035bebfe', mail: 'finance@contoso.com' },
  design: { id: 'c8a6e6ce-af0f-4296-8acf-ef59579b6d28', mail: 'design@contoso.com' },
  launch: { id: 'dfd50b09-f6da-484b-9c47-9b2c80a3e9d9', mail: 'launch@contoso.com' },
};

/** Drives of the demo tenant. */
export const drives = {
  alex: 'b!fTsiMtlR7SQJLy4udS19tX-3fySStQbDbFGLSKREXzJ0xwYmJYRsYhTLKPKZStHD',
  anaLopez: 'b!QC01xeTqiD0BQt7ZoNwHfDgFkCR2DZjuyyh45CWl_o14g0HmZe2_43yADwnjy4tm',
  designLibrary: 'b!_hQ6033i0gTeyplOFLhrCTcLfCl7j38fJSXYJQ_ZtjwcTDZf5n6SSUIA2vysEadR',
  launchLibrary: 'b!XB2TjTUFNSd1rYXHtExIchXBIaeUfa_7gAObz8WyZtCBEqmS2-_46H3sCkhYH5pL',
  meganPersonal: 'd79b2370c5d61cef',
  lynnePersonal: '645f5837c80d2a1d',
};
